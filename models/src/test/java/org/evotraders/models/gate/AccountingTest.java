package org.evotraders.models.gate;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.evotraders.models.Message;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.cost.BudgetLimit;
import org.evotraders.models.cost.CostLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens and dollars from recorded usage, booked per agent, day and run. Recorded usage: OpenAI
 * text 9/9 (gpt-4o-mini, $0.15/$0.60 per million), OpenAI tool call 81/14 (gpt-3.5-turbo,
 * $0.50/$1.50), Anthropic text 13/35 (claude-3-opus, $15/$75).
 */
class AccountingTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void serveRecordings() {
    Replay.serveInTurn(
        server, "openai/chat-completions-text.json", "openai/chat-completions-tool-calls.json");
    Replay.serve(server, "anthropic/messages-text.json");
  }

  private static void runThreeCalls(ModelGate gate) {
    gate.call(call("technical_analyst", Wiring.DAY_ONE, "openai", "gpt-4o-mini"));
    gate.call(call("technical_analyst", Wiring.DAY_TWO, "openai", "gpt-3.5-turbo"));
    gate.call(call("risk_manager", Wiring.DAY_ONE, "anthropic", "claude-3-opus-20240229"));
  }

  private static ModelCall<String> call(
      String agent, LocalDate day, String provider, String model) {
    return ModelCall.text(
        agent,
        "analysis",
        day,
        new ModelSpec(provider, model),
        List.of(Message.user("Hello " + day)));
  }

  @Test
  void usageAddsUpPerAgentPerDayAndPerRun() {
    ModelGate gate = Wiring.gate(server);

    runThreeCalls(gate);

    CostLedger ledger = gate.ledger();
    assertThat(ledger.of("technical_analyst", Wiring.DAY_ONE).tokens())
        .isEqualTo(new TokenUsage(9, 9));
    assertThat(ledger.byAgent().get("technical_analyst").tokens())
        .isEqualTo(new TokenUsage(90, 23));
    assertThat(ledger.byAgent().get("risk_manager").tokens()).isEqualTo(new TokenUsage(13, 35));
    assertThat(ledger.byDay().get(Wiring.DAY_ONE).tokens()).isEqualTo(new TokenUsage(22, 44));
    assertThat(ledger.byDay().get(Wiring.DAY_TWO).tokens()).isEqualTo(new TokenUsage(81, 14));
    assertThat(ledger.total().tokens()).isEqualTo(new TokenUsage(103, 58));
    assertThat(ledger.total().calls()).isEqualTo(3);
    // 9*0.15 + 9*0.60 = 6.75; 81*0.50 + 14*1.50 = 61.5; 13*15 + 35*75 = 2820 (all per million)
    assertThat(ledger.byAgent().get("technical_analyst").costUsd())
        .isEqualByComparingTo(new BigDecimal("0.00006825"));
    assertThat(ledger.total().costUsd()).isEqualByComparingTo(new BigDecimal("0.00288825"));
  }

  @Test
  void theTokenBudgetIsExhaustedOnceTheRunSpendsItsLimit() {
    ModelGate gate =
        Wiring.gate(Wiring.env(server), call -> "").budget(BudgetLimit.tokens(150)).build();

    gate.call(call("technical_analyst", Wiring.DAY_ONE, "openai", "gpt-4o-mini"));
    gate.call(call("technical_analyst", Wiring.DAY_TWO, "openai", "gpt-3.5-turbo"));
    assertThat(gate.budget().exhausted()).as("18 + 95 = 113 of 150 tokens").isFalse();

    gate.call(call("risk_manager", Wiring.DAY_ONE, "anthropic", "claude-3-opus-20240229"));

    assertThat(gate.budget().exhausted()).as("113 + 48 = 161 of 150 tokens").isTrue();
    assertThat(gate.budget().message())
        .startsWith("Model budget exhausted: spent 161 tokens (103 in, 58 out) and $0.00288825")
        .endsWith("against a limit of 150 tokens");
  }

  @Test
  void theDollarBudgetIsExhaustedOnceTheRunSpendsItsLimit() {
    ModelGate gate =
        Wiring.gate(Wiring.env(server), call -> "")
            .budget(BudgetLimit.dollars(new BigDecimal("0.001")))
            .build();

    gate.call(call("technical_analyst", Wiring.DAY_ONE, "openai", "gpt-4o-mini"));
    assertThat(gate.budget().exhausted()).as("$0.00000675 of $0.001").isFalse();

    gate.call(call("risk_manager", Wiring.DAY_ONE, "anthropic", "claude-3-opus-20240229"));

    assertThat(gate.budget().exhausted()).as("$0.00282675 of $0.001").isTrue();
  }
}
