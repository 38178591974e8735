package org.evotraders.agents.team;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.answers.DecisionAnswer;
import org.evotraders.agents.answers.TickerDecision;
import org.evotraders.agents.facts.ConferenceFacts;
import org.evotraders.agents.facts.DecisionFacts;
import org.evotraders.core.orders.Action;
import org.evotraders.models.ModelAnswer;

/**
 * The portfolio manager: leads the conference, sums it up, and decides one incremental order per
 * ticker. Its decisions are taken as requests; the pipeline clamps them to the risk limits and what
 * the book can pay for. A ticker left out of the answer is held.
 */
public final class PortfolioManagerAgent {

  private static final Role ROLE = Role.PORTFOLIO_MANAGER;

  private final TeamSetup setup;
  private final Conversation conversation;

  public PortfolioManagerAgent(TeamSetup setup) {
    this.setup = setup;
    this.conversation = new Conversation(setup, ROLE, Map.of());
  }

  /** Opens a conference round. */
  public Said<String> open(ConferenceFacts facts) {
    return conversation.text("conference", facts.date(), () -> openingPrompt(facts), facts);
  }

  private String openingPrompt(ConferenceFacts facts) {
    Map<String, String> values = conferenceValues(facts);
    values.put(
        "no_decision_yet",
        facts.cycle() == 1 ? " Do not decide yet: first hear the analysts." : "");
    return setup.prompts().template(ROLE, "conference-opening").render(values);
  }

  /** Sums up the conference after its last round. */
  public Said<String> summarise(ConferenceFacts facts) {
    return conversation.text(
        "conference_summary",
        facts.date(),
        () -> setup.prompts().template(ROLE, "conference-summary").render(conferenceValues(facts)),
        facts);
  }

  /** Returns one decision per ticker of {@code facts}, in the facts' ticker order. */
  public Said<DecisionAnswer> decide(DecisionFacts facts) {
    DecisionAnswer fallback =
        new DecisionAnswer(
            facts.tickers().stream()
                .map(
                    t ->
                        new TickerDecision(
                            t, Action.HOLD, 0, 0, "no valid answer: hold by default"))
                .toList(),
            "No valid decision: holding every position.");
    ModelAnswer<DecisionAnswer> answer =
        conversation.structured(
            "decision",
            facts.date(),
            () -> decisionPrompt(facts),
            DecisionAnswer.class,
            fallback,
            facts);
    Map<String, TickerDecision> byTicker =
        AnswersByTicker.of(answer.value().decisions(), TickerDecision::ticker);
    List<TickerDecision> decisions =
        facts.tickers().stream()
            .map(
                t ->
                    byTicker.containsKey(t)
                        ? withTicker(byTicker.get(t), t)
                        : new TickerDecision(
                            t, Action.HOLD, 0, 0, "the model gave no decision on " + t))
            .toList();
    StringBuilder message = new StringBuilder();
    for (TickerDecision d : decisions) {
      message
          .append("**")
          .append(d.ticker())
          .append("** ")
          .append(d.action().name().toLowerCase(Locale.ROOT))
          .append(d.action() == Action.HOLD ? "" : " " + d.quantity())
          .append(" (confidence ")
          .append(d.confidence())
          .append("): ")
          .append(d.reasoning())
          .append('\n');
    }
    message.append('\n').append(answer.value().summary());
    DecisionAnswer normalised = new DecisionAnswer(decisions, answer.value().summary());
    return new Said<>(ROLE.id(), "decision", normalised, message.toString().strip(), answer);
  }

  private String decisionPrompt(DecisionFacts facts) {
    Map<String, String> values = new HashMap<>();
    values.put("date", facts.date().toString());
    values.put("tickers", String.join(", ", facts.tickers()));
    values.put("signals", PromptText.signals(facts.tickers(), facts.signals()));
    values.put("track_records", trackRecords(facts));
    values.put("risk_assessment", facts.riskAssessment());
    values.put("conference_summary", facts.conferenceSummary());
    values.put("portfolio", PromptText.portfolio(facts.portfolio()));
    values.put("limits", PromptText.limits(facts.portfolio().limits()));
    return setup.prompts().template(ROLE, "decision").render(values);
  }

  private static TickerDecision withTicker(TickerDecision d, String ticker) {
    return new TickerDecision(ticker, d.action(), d.quantity(), d.confidence(), d.reasoning());
  }

  private static Map<String, String> conferenceValues(ConferenceFacts facts) {
    Map<String, String> values = new HashMap<>();
    values.put("date", facts.date().toString());
    values.put("cycle", Integer.toString(facts.cycle()));
    values.put("total_cycles", Integer.toString(facts.totalCycles()));
    values.put("signals", PromptText.signals(facts.tickers(), facts.signals()));
    values.put("risk_assessment", facts.riskAssessment());
    values.put("transcript", PromptText.transcript(facts.transcript()));
    return values;
  }

  private static String trackRecords(DecisionFacts facts) {
    if (facts.hitRates().isEmpty()) {
      return "(no predictions scored yet)";
    }
    StringBuilder out = new StringBuilder();
    facts
        .hitRates()
        .forEach(
            (agent, record) ->
                out.append(
                    // An analyst that only predicted NEUTRAL so far has nothing scored: no 0 of 0.
                    record.evaluated() == 0
                        ? "- " + agent + ": no scored predictions yet\n"
                        : PromptText.figures(
                            "- %s: %d of %d predictions right (%.0f%%)%n",
                            agent, record.correct(), record.evaluated(), 100 * record.hitRate())));
    return out.toString();
  }
}
