package org.evotraders.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.answers.AnalystAnswer;
import org.evotraders.agents.answers.DecisionAnswer;
import org.evotraders.agents.facts.AnalystFacts;
import org.evotraders.agents.facts.ConferenceFacts;
import org.evotraders.agents.facts.DecisionFacts;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.agents.facts.RiskFacts;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.orders.Action;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Signal;
import org.evotraders.models.Message;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private final TeamRules rules = new TeamRules();

  private static ModelCall<String> call(Object facts) {
    return ModelCall.text(
            "portfolio_manager",
            "decision",
            DAY,
            ModelSpec.offline(),
            List.of(Message.user("Decide.")))
        .withFacts(facts);
  }

  private static DecisionFacts decisionFacts() {
    // Insertion orders differ between the two maps on purpose: the answer must not depend on them.
    Map<String, Map<String, AnalystSignal>> signals = new LinkedHashMap<>();
    signals.put(
        "valuation_analyst",
        Map.of("AAPL", new AnalystSignal("valuation_analyst", "AAPL", Signal.BULLISH, 70, "")));
    signals.put(
        "technical_analyst",
        Map.of("AAPL", new AnalystSignal("technical_analyst", "AAPL", Signal.BULLISH, 90, "")));
    PortfolioFacts book =
        new PortfolioFacts(
            100_000,
            100_000,
            0,
            0.25,
            Map.of(),
            Map.of("AAPL", 100.0),
            Map.of(
                "AAPL", new RiskLimit("AAPL", 100, 0.2, Double.NaN, 0.2, 20_000, 20_000, 200, 200)),
            1.5);
    return new DecisionFacts(DAY, List.of("AAPL"), signals, Map.of(), "", "", book);
  }

  @Test
  void answersEachKindOfFactsWithItsRule() {
    AnalystFacts analyst =
        new AnalystFacts(
            Role.SENTIMENT_ANALYST,
            DAY,
            List.of("AAPL"),
            Map.of(
                "AAPL",
                List.of(
                    new ToolResult(
                        "analyze_news_sentiment",
                        "AAPL",
                        Signal.BULLISH,
                        0.5,
                        Map.of(),
                        "",
                        true))),
            List.of(),
            "");
    RiskFacts risk = new RiskFacts(DAY, List.of("AAPL"), decisionFacts().portfolio());
    ConferenceFacts opening =
        new ConferenceFacts(
            Role.PORTFOLIO_MANAGER,
            ConferenceFacts.Turn.OPENING,
            DAY,
            1,
            2,
            List.of("AAPL"),
            decisionFacts().signals(),
            "",
            List.of());

    assertThat(rules.answer(call(analyst))).isInstanceOf(AnalystAnswer.class);
    assertThat(rules.answer(call(risk))).asString().startsWith("**Risk assessment, 2024-03-01.**");
    assertThat(rules.answer(call(opening))).asString().startsWith("Round 1 of 2");
    // C = (.9 * .5 + .7 * .5) / 1 = 0.8; target $16,000 = 160 shares.
    DecisionAnswer decision = (DecisionAnswer) rules.answer(call(decisionFacts()));
    assertThat(decision.decisions().getFirst().action()).isEqualTo(Action.LONG);
    assertThat(decision.decisions().getFirst().quantity()).isEqualTo(160);
  }

  @Test
  void givesTheSameAnswerToTheSameFactsWhateverTheMapOrder() {
    DecisionFacts facts = decisionFacts();
    Map<String, Map<String, AnalystSignal>> reversed = new LinkedHashMap<>();
    reversed.put("technical_analyst", facts.signals().get("technical_analyst"));
    reversed.put("valuation_analyst", facts.signals().get("valuation_analyst"));
    DecisionFacts reordered =
        new DecisionFacts(DAY, facts.tickers(), reversed, Map.of(), "", "", facts.portfolio());

    assertThat(rules.answer(call(facts))).isEqualTo(rules.answer(call(facts)));
    assertThat(rules.answer(call(reordered))).isEqualTo(rules.answer(call(facts)));
  }

  @Test
  void answerTravelsAsJsonTheWayTheOfflineProviderSendsIt() throws Exception {
    ObjectMapper json = new ObjectMapper();
    DecisionAnswer answer = (DecisionAnswer) rules.answer(call(decisionFacts()));

    assertThat(json.readValue(json.writeValueAsString(answer), DecisionAnswer.class))
        .isEqualTo(answer);
  }

  @Test
  void refusesACallWithoutFactsNamingTheAgent() {
    assertThatThrownBy(() -> rules.answer(call(null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("portfolio_manager")
        .hasMessageContaining("withFacts");
  }
}
