package org.evotraders.bench;

import java.util.List;
import org.evotraders.analysis.technical.DailyBarSeries;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Strategy;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The yardstick of the team's speed: ta4j's {@link BarSeriesManager} running a bare SMA(50) /
 * SMA(200) crossover on the same bars, one series per ticker built beforehand.
 */
final class CrossoverBaseline {

  private CrossoverBaseline() {}

  /** Returns the timing; the result is the number of positions the strategy opened. */
  static Measured<Integer> of(HistoryWindow window, int repetitions) {
    List<BarSeries> series =
        window.bars().stream().filter(b -> !b.isEmpty()).map(DailyBarSeries::of).toList();
    return Measured.of(
        20,
        repetitions,
        () -> {
          int positions = 0;
          for (BarSeries s : series) {
            positions += new BarSeriesManager(s).run(crossover(s)).getPositionCount();
          }
          return positions;
        });
  }

  private static Strategy crossover(BarSeries series) {
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    SMAIndicator fast = new SMAIndicator(close, 50);
    SMAIndicator slow = new SMAIndicator(close, 200);
    return new BaseStrategy(
        new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow), 200);
  }
}
