package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;

class RollingIndicatorsTest {

  private static List<Bar> randomWalk(int days) {
    Random random = new Random(7);
    List<Bar> bars = new ArrayList<>();
    double close = 100;
    LocalDate day = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < days; i++) {
      double open = close * (1 + random.nextGaussian() * 0.005);
      close = open * (1 + random.nextGaussian() * 0.015);
      double high = Math.max(open, close) * (1 + random.nextDouble() * 0.01);
      double low = Math.min(open, close) * (1 - random.nextDouble() * 0.01);
      bars.add(new Bar("TEST", day.plusDays(i), open, high, low, close, 1000 + i));
    }
    return bars;
  }

  @Test
  void extendingDayByDayGivesTheSameValuesAsComputingTheWholeHistoryAtOnce() {
    List<Bar> bars = randomWalk(320);
    IndicatorSet whole = IndicatorSet.compute(bars);
    RollingIndicators rolling = new RollingIndicators("TEST");
    for (int i = 0; i < bars.size(); i++) {
      rolling.extend(bars.subList(Math.max(0, i - 5), i + 1));
      assertThat(rolling.latest()).contains(whole.at(i));
    }
  }

  @Test
  void aRunStartingOnALoadedHistoryGetsTheValuesOfTheWholeHistory() {
    // A run's first day loads its warm-up history at once; each bar still counts as computed in
    // order, so a run started (or resumed) later agrees with one that read every bar.
    List<Bar> bars = randomWalk(320);
    IndicatorSet whole = IndicatorSet.compute(bars);
    RollingIndicators rolling = new RollingIndicators("TEST");
    rolling.extend(bars.subList(0, 250));
    assertThat(rolling.latest()).contains(whole.at(249));
    for (int i = 250; i < bars.size(); i++) {
      rolling.extend(bars.subList(i, i + 1));
      assertThat(rolling.latest()).contains(whole.at(i));
    }
  }

  @Test
  void barsAlreadyHeldAreSkippedSoOverlappingWindowsAreSafe() {
    List<Bar> bars = randomWalk(30);
    RollingIndicators rolling = new RollingIndicators("TEST");
    rolling.extend(bars.subList(0, 20));
    rolling.extend(bars.subList(10, 30));
    assertThat(rolling.lastDate()).contains(bars.getLast().date());
    assertThat(rolling.latest().orElseThrow().close()).isEqualTo(bars.getLast().close());
  }

  @Test
  void nothingIsKnownBeforeTheFirstBar() {
    assertThat(new RollingIndicators("TEST").latest()).isEmpty();
  }
}
