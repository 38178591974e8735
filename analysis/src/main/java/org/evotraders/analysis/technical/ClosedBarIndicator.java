package org.evotraders.analysis.technical;

import java.util.Arrays;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * An indicator over closed daily bars: each value is computed once, in bar order, and kept. The
 * bars of a {@link DailyBarSeries} are final when appended, so the last bar's value needs none of
 * the recomputation (and locking) that ta4j's cached indicators give a bar that may still change,
 * and a recursive value reads the previous one from an array rather than through a cache.
 *
 * <p>Not thread-safe: one reader at a time, as {@link RollingIndicators} and {@link IndicatorSet}
 * read.
 */
abstract class ClosedBarIndicator extends AbstractIndicator<Num> {

  /** The value on every bar computed so far, by bar index (NaN before the series' first bar). */
  private Num[] values = new Num[256];

  /** How many bars, from index 0, have their value in {@link #values}. */
  private int computed;

  ClosedBarIndicator(BarSeries series) {
    super(series);
  }

  @Override
  public final Num getValue(int index) {
    if (index >= computed) {
      computeUpTo(index);
    }
    return values[index];
  }

  private void computeUpTo(int index) {
    if (index >= values.length) {
      values = Arrays.copyOf(values, Math.max(index + 1, 2 * values.length));
    }
    int begin = getBarSeries().getBeginIndex();
    while (computed <= index) {
      int next = computed;
      Num value = next < begin ? NaN.NaN : calculate(next);
      values[next] = value;
      computed = next + 1;
    }
  }

  /**
   * Returns the value on bar {@code index}; the values of earlier bars are already known through
   * {@link #known(int)}.
   */
  abstract Num calculate(int index);

  /** Returns the value already computed on an earlier bar. */
  final Num known(int index) {
    return values[index];
  }
}
