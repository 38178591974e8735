package org.evotraders.agents.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.evotraders.agents.Role;
import org.evotraders.agents.answers.DecisionAnswer;
import org.evotraders.agents.answers.TickerDecision;
import org.evotraders.agents.facts.DecisionFacts;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.agents.prompts.PromptLibrary;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.orders.Action;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Signal;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.ProviderReply;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.gate.ModelGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio manager's decision turn against a scripted model: the prompt and the answer. */
class PortfolioManagerAgentTest {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 3);
  private static final ModelSpec MODEL = new ModelSpec("openai", "gpt-4o");

  @TempDir Path runDir;

  private final AtomicReference<ModelCall<?>> asked = new AtomicReference<>();

  private PortfolioManagerAgent agentAnswering(String text) {
    ModelGate gate =
        ModelGate.builder(
                provider ->
                    call -> {
                      asked.set(call);
                      return new ProviderReply(text, List.of(), new TokenUsage(100, 20));
                    })
            .build();
    Map<Role, ModelSpec> models = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      models.put(role, MODEL);
    }
    return new PortfolioManagerAgent(
        new TeamSetup(gate, PromptLibrary.install(runDir.resolve("agents")), models, ""));
  }

  @Test
  void figuresReadTheSameUnderAnyLocaleAndAnAnalystWithNothingScoredShowsNoRate() {
    PortfolioManagerAgent agent = agentAnswering("{\"decisions\": [], \"summary\": \"\"}");
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      agent.decide(facts());
    } finally {
      Locale.setDefault(before);
    }

    String prompt = asked.get().messages().getLast().text();
    assertThat(prompt)
        .contains("NAV 100240.60, cash 90540.83")
        .contains("- AAPL: +10 shares at 1889.28")
        .contains("| AAPL | 1889.28 | 25% | 20007 (20% of NAV) | 0 | 20 |")
        .contains("- technical_analyst: 3 of 4 predictions right (75%)")
        .contains("- sentiment_analyst: no scored predictions yet")
        .doesNotContain("NaN");
  }

  @Test
  void decisionsComeBackInTheFactsOrderWithAMissingTickerHeld() {
    PortfolioManagerAgent agent =
        agentAnswering(
            "{\"decisions\": [{\"ticker\": \" msft \", \"action\": \"short\", \"quantity\": 12,"
                + " \"confidence\": 60, \"reasoning\": \"weak\"}], \"summary\": \"Short MSFT.\"}");

    Said<DecisionAnswer> said = agent.decide(facts());

    assertThat(said.value().decisions())
        .containsExactly(
            new TickerDecision("AAPL", Action.HOLD, 0, 0, "the model gave no decision on AAPL"),
            new TickerDecision("MSFT", Action.SHORT, 12, 60, "weak"));
    assertThat(said.value().summary()).isEqualTo("Short MSFT.");
  }

  private static DecisionFacts facts() {
    Map<String, Map<String, AnalystSignal>> signals = new LinkedHashMap<>();
    signals.put(
        "technical_analyst",
        Map.of("AAPL", new AnalystSignal("technical_analyst", "AAPL", Signal.BULLISH, 70, "")));
    Map<String, TrackRecord> records = new LinkedHashMap<>();
    records.put("technical_analyst", new TrackRecord(4, 3));
    records.put("sentiment_analyst", new TrackRecord(0, 0));
    PortfolioFacts book =
        new PortfolioFacts(
            100_240.60,
            90_540.83,
            3_090.65,
            0.25,
            Map.of("AAPL", 10L),
            Map.of("AAPL", 1_889.28),
            Map.of("AAPL", new RiskLimit("AAPL", 1_889.28, 0.25, 0.1, 0.2, 20_007, 1_115, 0, 20)),
            1.5);
    return new DecisionFacts(
        DAY, List.of("AAPL", "MSFT"), signals, records, "Calm.", "Lean long.", book);
  }
}
