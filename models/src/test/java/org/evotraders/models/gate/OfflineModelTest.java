package org.evotraders.models.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evotraders.models.AnswerSource;
import org.evotraders.models.Message;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.OfflineReasoner;
import org.evotraders.models.TokenUsage;
import org.junit.jupiter.api.Test;

/** The offline model answers from typed facts through the agents' rules, free and without I/O. */
class OfflineModelTest {

  record Signal(String ticker, String action, double confidence) {}

  /** A small rule: RSI above 70 sells, below 30 buys, else holds. */
  private static final OfflineReasoner RSI_RULE =
      call ->
          call.facts() instanceof Double rsi
              ? new Signal("AAPL", rsi > 70 ? "SELL" : rsi < 30 ? "BUY" : "HOLD", 0.8)
              : null;

  private static ModelCall<Signal> signalCall(Object facts) {
    return ModelCall.structured(
            "technical_analyst",
            "analysis",
            Wiring.DAY_ONE,
            ModelSpec.offline(),
            List.of(Message.user("Signal for AAPL?")),
            Signal.class,
            new Signal("AAPL", "HOLD", 0))
        .withFacts(facts);
  }

  private static ModelGate offlineGate() {
    return Wiring.gate(Map.of(), RSI_RULE).build();
  }

  @Test
  void theRulesAnswerFromTheFactsAtNoCost() {
    ModelAnswer<Signal> answer = offlineGate().call(signalCall(71.5));

    assertThat(answer.value()).isEqualTo(new Signal("AAPL", "SELL", 0.8));
    assertThat(answer.source()).isEqualTo(AnswerSource.PROVIDER);
    assertThat(answer.usage()).isEqualTo(TokenUsage.NONE);
    assertThat(answer.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void rulesWithoutAnAnswerLeadToTheFallback() {
    ModelAnswer<Signal> answer = offlineGate().call(signalCall("no numbers"));

    assertThat(answer.value()).isEqualTo(new Signal("AAPL", "HOLD", 0));
    assertThat(answer.source()).isEqualTo(AnswerSource.FALLBACK);
  }

  @Test
  void offlineCallsAreNotThrottledByTheProviderLimits() {
    ModelGate gate =
        Wiring.gate(Map.of(), RSI_RULE).limits(new GateLimits(1, 1, Duration.ofMillis(10))).build();

    for (double rsi : new double[] {20, 50, 80}) {
      assertThat(gate.call(signalCall(rsi)).source()).isEqualTo(AnswerSource.PROVIDER);
    }
  }

  @Test
  void theRulesNeverBuildTheConversation() {
    ModelCall<Signal> call =
        ModelCall.structured(
                "technical_analyst",
                "analysis",
                Wiring.DAY_ONE,
                ModelSpec.offline(),
                () -> {
                  throw new AssertionError("the offline model rendered a prompt");
                },
                Signal.class,
                new Signal("AAPL", "HOLD", 0))
            .withFacts(25.0);

    assertThat(offlineGate().call(call).value()).isEqualTo(new Signal("AAPL", "BUY", 0.8));
  }
}
