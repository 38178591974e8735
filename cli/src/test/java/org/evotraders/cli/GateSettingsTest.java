package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.ModelUsed;
import org.evotraders.models.cost.CostLedger;
import org.junit.jupiter.api.Test;

class GateSettingsTest {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

  private static RecordedEvent at(long seq, Object event) {
    return new RecordedEvent(
        seq,
        Instant.parse("2024-01-02T14:00:00Z"),
        DAY,
        (org.evotraders.core.event.RunEvent) event);
  }

  @Test
  void aResumedRunCountsWhatItsLogSaysWasSpentPaidAndCached() {
    CostLedger ledger = new CostLedger();
    GateSettings.restoreSpending(
        ledger,
        List.of(
            at(
                1,
                new ModelUsed(
                    "risk_manager",
                    "openai",
                    "gpt-4o",
                    "assessment",
                    1000,
                    200,
                    0.0045,
                    "provider")),
            at(2, new AgentMessage("risk_manager", "fine")),
            at(
                3,
                new ModelUsed(
                    "risk_manager", "openai", "gpt-4o", "assessment", 1000, 200, 0.0, "cache"))));

    assertThat(ledger.total().calls()).isEqualTo(1);
    assertThat(ledger.total().cachedCalls()).isEqualTo(1);
    assertThat(ledger.total().tokens().inputTokens()).isEqualTo(1000);
    assertThat(ledger.total().costUsd()).isEqualByComparingTo(new BigDecimal("0.0045"));
  }

  @Test
  void limitsComeFromTheEnvironmentAndRefuseNonsense() {
    assertThat(GateSettings.limits(Map.of()).concurrentCalls()).isEqualTo(8);
    assertThat(GateSettings.limits(Map.of(GateSettings.CALLS_PER_MINUTE, "60")).callsPerMinute())
        .isEqualTo(60);
    assertThatThrownBy(() -> GateSettings.limits(Map.of(GateSettings.CONCURRENT_CALLS, "zero")))
        .hasMessageContaining("MODEL_CONCURRENT_CALLS=zero");
  }
}
