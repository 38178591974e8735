package org.evotraders.analysis.technical;

import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * NaN on the bars before {@code bars}, the input's value from there on: ta4j's {@code
 * UnstableIndicator} without a cache of its own. Every input masked here either caches its values
 * or is read once per bar, so a second cache would only add ta4j's per-read locking.
 */
final class WarmUpMask extends AbstractIndicator<Num> {

  private final Indicator<Num> input;
  private final int bars;

  WarmUpMask(Indicator<Num> input, int bars) {
    super(input.getBarSeries());
    this.input = input;
    this.bars = bars;
  }

  @Override
  public Num getValue(int index) {
    return index < bars ? NaN.NaN : input.getValue(index);
  }

  @Override
  public int getCountOfUnstableBars() {
    return Math.max(bars, input.getCountOfUnstableBars());
  }
}
