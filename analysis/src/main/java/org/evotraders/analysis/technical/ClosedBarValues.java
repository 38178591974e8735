package org.evotraders.analysis.technical;

import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/**
 * Keeps the values of any indicator over closed bars: each bar's value is read from the input once,
 * in bar order, and every later read of that bar is a lookup. A chain read by several indicators (a
 * moving average under bands, a daily return under three volatilities) is wrapped once so that each
 * of its bars is computed once; the input's own caching, with its locking and its recomputation of
 * the series' last bar, is no longer what readers pay for.
 */
final class ClosedBarValues extends ClosedBarIndicator {

  private final Indicator<Num> input;

  private ClosedBarValues(Indicator<Num> input) {
    super(input.getBarSeries());
    this.input = input;
  }

  /**
   * Returns {@code input} with its values kept, or {@code input} itself if it keeps them already.
   */
  static Indicator<Num> of(Indicator<Num> input) {
    return input instanceof ClosedBarIndicator ? input : new ClosedBarValues(input);
  }

  @Override
  Num calculate(int index) {
    return input.getValue(index);
  }

  @Override
  public int getCountOfUnstableBars() {
    return input.getCountOfUnstableBars();
  }
}
