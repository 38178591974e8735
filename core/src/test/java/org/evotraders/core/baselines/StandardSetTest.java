package org.evotraders.core.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.core.baselines.Sessions.bars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.metrics.MetricConventions;
import org.evotraders.core.metrics.PerformanceReport;
import org.junit.jupiter.api.Test;

class StandardSetTest {

  @Test
  void runsFourBaselinesFromTheSameCashAndFeedsTheirSeriesToThePerformanceReport() {
    List<Baseline> baselines =
        Baseline.standardSet(
            List.of("AAA", "BBB"), Map.of("AAA", 1e9), "SPY", 1000, TradingCosts.NONE);
    LocalDate day = LocalDate.of(2024, 3, 4);

    for (int i = 0; i < 3; i++, day = day.plusDays(1)) {
      for (Baseline baseline : baselines) {
        baseline.onSession(day, bars(day, "AAA", 10, 10 + i, "BBB", 20, 20, "SPY", 100, 100 + i));
      }
    }

    assertThat(baselines).extracting(Baseline::initialCash).containsOnly(1000.0);
    assertThat(baselines).extracting(b -> b.history().size()).containsOnly(3);
    // Equal weight: 50 AAA + 25 BBB; on the last close AAA is 12, so 600 + 500.
    assertThat(baselines.getFirst().value()).isEqualTo(1100);
    PerformanceReport report =
        PerformanceReport.of(baselines.getLast().history(), MetricConventions.DEFAULT);
    assertThat(report.totalReturn()).isEqualTo(1020.0 / 1000 - 1);
  }
}
