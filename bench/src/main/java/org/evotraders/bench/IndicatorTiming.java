package org.evotraders.bench;

import java.util.List;
import org.evotraders.analysis.technical.IndicatorSet;
import org.evotraders.core.market.Bar;

/** The time to compute the analysts' whole indicator set over every ticker of a window. */
final class IndicatorTiming {

  private IndicatorTiming() {}

  /** Returns the timing; the result is the number of bars covered. */
  static Measured<Long> of(HistoryWindow window, int repetitions) {
    List<List<Bar>> bars = window.bars();
    return Measured.of(
        2,
        repetitions,
        () -> {
          long count = 0;
          for (List<Bar> ticker : bars) {
            IndicatorSet.compute(ticker);
            count += ticker.size();
          }
          return count;
        });
  }
}
