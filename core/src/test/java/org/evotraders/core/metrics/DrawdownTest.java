package org.evotraders.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawdownTest {

  private static final LocalDate D1 = LocalDate.of(2024, 3, 1);

  private static NavSeries nav(Double... values) {
    List<LocalDate> dates =
        java.util.stream.IntStream.range(0, values.length).mapToObj(D1::plusDays).toList();
    return new NavSeries(dates, List.of(values));
  }

  @Test
  void findsTheDeepestFallWithItsPeakTroughAndRecovery() {
    // Falls 120 -> 90 (-25%) and later 125 -> 100 (-20%); 125 on day 5 is the first value back
    // above the 120 peak.
    Drawdown drawdown = Drawdown.of(nav(100.0, 120.0, 90.0, 110.0, 125.0, 100.0));

    assertThat(drawdown.depth()).isCloseTo(-0.25, within(1e-12));
    assertThat(drawdown.peak()).isEqualTo(D1.plusDays(1));
    assertThat(drawdown.trough()).isEqualTo(D1.plusDays(2));
    assertThat(drawdown.recovery()).isEqualTo(D1.plusDays(4));
    assertThat(drawdown.recovered()).isTrue();
  }

  @Test
  void leavesRecoveryEmptyWhenThePeakIsNeverRegained() {
    Drawdown drawdown = Drawdown.of(nav(100.0, 80.0, 99.0));

    assertThat(drawdown.depth()).isCloseTo(-0.2, within(1e-12));
    assertThat(drawdown.peak()).isEqualTo(D1);
    assertThat(drawdown.trough()).isEqualTo(D1.plusDays(1));
    assertThat(drawdown.recovered()).isFalse();
  }

  @Test
  void countsRegainingThePeakExactlyAsRecovery() {
    assertThat(Drawdown.of(nav(100.0, 50.0, 100.0)).recovery()).isEqualTo(D1.plusDays(2));
  }

  @Test
  void reportsNoDepthForASeriesThatNeverFalls() {
    assertThat(Drawdown.of(nav(100.0, 101.0, 102.0)).depth()).isZero();
  }
}
