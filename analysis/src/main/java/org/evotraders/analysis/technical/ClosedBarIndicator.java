package org.evotraders.analysis.technical;

import java.util.ArrayList;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * An indicator over closed daily bars: each value is computed once, in bar order, and kept. The
 * bars of a {@link DailyBarSeries} are final when appended, so the last bar's value needs none of
 * the recomputation (and locking) that ta4j's cached indicators give a bar that may still change,
 * and a recursive value reads the previous one from a list rather than through a cache.
 *
 * <p>Not thread-safe: one reader at a time, as {@link RollingIndicators} and {@link IndicatorSet}
 * read.
 */
abstract class ClosedBarIndicator extends AbstractIndicator<Num> {

  /** The value on every bar computed so far, by bar index (NaN before the series' first bar). */
  private final List<Num> values = new ArrayList<>();

  ClosedBarIndicator(BarSeries series) {
    super(series);
  }

  @Override
  public final Num getValue(int index) {
    while (values.size() <= index) {
      int next = values.size();
      values.add(next < getBarSeries().getBeginIndex() ? NaN.NaN : calculate(next));
    }
    return values.get(index);
  }

  /**
   * Returns the value on bar {@code index}; the values of earlier bars are already known through
   * {@link #known(int)}.
   */
  abstract Num calculate(int index);

  /** Returns the value already computed on an earlier bar. */
  final Num known(int index) {
    return values.get(index);
  }
}
