package org.evotraders.agents.team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.answers.AnalystAnswer;
import org.evotraders.agents.answers.PredictionAnswer;
import org.evotraders.agents.answers.TickerPrediction;
import org.evotraders.agents.answers.TickerView;
import org.evotraders.agents.facts.AnalystFacts;
import org.evotraders.agents.facts.ConferenceFacts;
import org.evotraders.agents.facts.PredictionFacts;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Prediction;
import org.evotraders.core.signals.Signal;
import org.evotraders.models.ModelAnswer;

/**
 * One of the four analysts: forms its view from its tools' results, speaks in the conference and
 * predicts the next session. Only the tickers the pipeline asked about are kept from an answer; a
 * ticker the model left out gets the safe default (neutral, confidence 0), said so in the
 * reasoning.
 */
public final class AnalystAgent {

  private final Role role;
  private final TeamSetup setup;
  private final Conversation conversation;

  public AnalystAgent(Role role, TeamSetup setup) {
    if (!role.isAnalyst()) {
      throw new IllegalArgumentException(role.id() + " is not an analyst");
    }
    this.role = role;
    this.setup = setup;
    this.conversation =
        new Conversation(
            setup,
            role,
            Map.of("role_name", role.displayName(), "focus", setup.prompts().focus(role)));
  }

  public Role role() {
    return role;
  }

  /** Returns the analyst's signal on every ticker of {@code facts}. */
  public Said<List<AnalystSignal>> analyse(AnalystFacts facts) {
    AnalystAnswer fallback =
        new AnalystAnswer(
            facts.tickers().stream()
                .map(
                    t ->
                        new TickerView(t, Signal.NEUTRAL, 0, "no valid answer: neutral by default"))
                .toList());
    ModelAnswer<AnalystAnswer> answer =
        conversation.structured(
            "analysis",
            facts.date(),
            () -> analysisPrompt(facts),
            AnalystAnswer.class,
            fallback,
            facts);
    Map<String, TickerView> byTicker =
        AnswersByTicker.of(answer.value().signals(), TickerView::ticker);
    List<AnalystSignal> signals = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      TickerView view = byTicker.get(ticker);
      signals.add(
          view == null
              ? AnalystSignal.neutral(role.id(), ticker, "the model gave no view on " + ticker)
              : new AnalystSignal(
                  role.id(), ticker, view.signal(), view.confidence(), view.reasoning()));
    }
    SignalsIssued issued = new SignalsIssued(role.id(), List.copyOf(signals));
    return new Said<>(role.id(), "analysis", issued.signals(), issued.message(), answer);
  }

  /** Returns the analyst's reply in a conference round. */
  public Said<String> reply(ConferenceFacts facts) {
    return conversation.text("conference", facts.date(), () -> conferencePrompt(facts), facts);
  }

  /** Returns the analyst's UP/DOWN/NEUTRAL prediction on every ticker of {@code facts}. */
  public Said<List<Prediction>> predict(PredictionFacts facts) {
    PredictionAnswer fallback =
        new PredictionAnswer(
            facts.tickers().stream()
                .map(t -> new TickerPrediction(t, Direction.NEUTRAL, 0))
                .toList());
    ModelAnswer<PredictionAnswer> answer =
        conversation.structured(
            "prediction",
            facts.date(),
            () -> predictionPrompt(facts),
            PredictionAnswer.class,
            fallback,
            facts);
    Map<String, TickerPrediction> byTicker =
        AnswersByTicker.of(answer.value().predictions(), TickerPrediction::ticker);
    List<Prediction> predictions = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      TickerPrediction p = byTicker.get(ticker);
      predictions.add(
          p == null
              ? new Prediction(role.id(), ticker, Direction.NEUTRAL, 0)
              : new Prediction(role.id(), ticker, p.direction(), p.confidence()));
    }
    String message =
        predictions.stream()
            .map(p -> p.ticker() + ": " + p.direction() + " (confidence: " + p.confidence() + "%)")
            .reduce((a, b) -> a + "\n" + b)
            .orElse("");
    return new Said<>(role.id(), "prediction", List.copyOf(predictions), message, answer);
  }

  private String analysisPrompt(AnalystFacts facts) {
    Map<String, String> values = new HashMap<>();
    values.put("date", facts.date().toString());
    values.put("tickers", String.join(", ", facts.tickers()));
    values.put("tool_results", PromptText.toolResults(facts.tickers(), facts.tools()));
    values.put(
        "memories", PromptText.lines(facts.memories(), "What you remember of similar days:"));
    values.put(
        "reflection",
        facts.reflection().isBlank() ? "" : "Your recent record: " + facts.reflection());
    return setup.prompts().template(role, "analysis").render(values);
  }

  private String conferencePrompt(ConferenceFacts facts) {
    Map<String, String> values = new HashMap<>();
    values.put("date", facts.date().toString());
    values.put("cycle", Integer.toString(facts.cycle()));
    values.put("total_cycles", Integer.toString(facts.totalCycles()));
    values.put("signals", PromptText.signals(facts.tickers(), facts.signals()));
    values.put("risk_assessment", facts.riskAssessment());
    values.put("transcript", PromptText.transcript(facts.transcript()));
    return setup.prompts().template(role, "conference").render(values);
  }

  private String predictionPrompt(PredictionFacts facts) {
    Map<String, String> values = new HashMap<>();
    values.put("date", facts.date().toString());
    values.put("tickers", String.join(", ", facts.tickers()));
    values.put("own_signals", PromptText.ownSignals(facts.ownSignals()));
    values.put("conference_summary", facts.conferenceSummary());
    return setup.prompts().template(role, "prediction").render(values);
  }
}
