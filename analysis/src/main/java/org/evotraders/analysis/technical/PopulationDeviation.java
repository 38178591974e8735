package org.evotraders.analysis.technical;

import org.ta4j.core.Indicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * The population standard deviation of the last {@code period} input values around their simple
 * average, which the caller holds and shares (Bollinger's middle band), computed as ta4j's {@code
 * StandardDeviationIndicator} computes it: the mean of squared distances, then the square root. NaN
 * until {@code period} values exist.
 */
final class PopulationDeviation extends ClosedBarIndicator {

  private final Indicator<Num> input;
  private final Indicator<Num> average;
  private final int period;
  private final Num count;

  PopulationDeviation(Indicator<Num> input, Indicator<Num> average, int period) {
    super(input.getBarSeries());
    if (period < 1) {
      throw new IllegalArgumentException("deviation period must be at least 1, was " + period);
    }
    this.input = input;
    this.average = average;
    this.period = period;
    this.count = getBarSeries().numFactory().numOf(period);
  }

  @Override
  Num calculate(int index) {
    int first = index - period + 1;
    if (first < getBarSeries().getBeginIndex()) {
      return NaN.NaN;
    }
    Num mean = average.getValue(index);
    Num sumOfSquares = getBarSeries().numFactory().zero();
    for (int i = first; i <= index; i++) {
      sumOfSquares = sumOfSquares.plus(input.getValue(i).minus(mean).pow(2));
    }
    return sumOfSquares.dividedBy(count).sqrt();
  }

  @Override
  public int getCountOfUnstableBars() {
    return input.getCountOfUnstableBars() + period - 1;
  }
}
