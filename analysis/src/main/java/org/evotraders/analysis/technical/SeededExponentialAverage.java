package org.evotraders.analysis.technical;

import org.ta4j.core.Indicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * Exponential smoothing seeded with the simple mean of the first {@code period} values, the classic
 * convention of Appel's MACD, Wilder's RSI/ATR/ADX, TTR and backtrader.
 *
 * <p>ta4j 0.22.2's {@code EMAIndicator} and {@code MMAIndicator} instead start from the single
 * input value at index {@code period}, which gives different numbers for many bars after the
 * warm-up, and cannot be configured otherwise; hence this indicator.
 *
 * <p>The value is NaN until {@code period} consecutive input values exist. Leading NaNs of the
 * input (for instance a MACD line before its slow average exists) are skipped, so the first value
 * is the mean of the first {@code period} defined inputs. A NaN input yields NaN, and smoothing
 * starts again with a fresh seed once {@code period} defined values follow it.
 */
final class SeededExponentialAverage extends ClosedBarIndicator {

  private final Indicator<Num> input;
  private final int period;
  private final Num smoothing;
  private final Num periodCount;

  private SeededExponentialAverage(Indicator<Num> input, int period, double smoothing) {
    super(input.getBarSeries());
    if (period < 1) {
      throw new IllegalArgumentException("smoothing period must be at least 1, was " + period);
    }
    this.input = input;
    this.period = period;
    this.smoothing = getBarSeries().numFactory().numOf(smoothing);
    this.periodCount = getBarSeries().numFactory().numOf(period);
  }

  /** Returns the exponential moving average with weight 2/(period+1), seeded with an SMA. */
  static SeededExponentialAverage exponential(Indicator<Num> input, int period) {
    return new SeededExponentialAverage(input, period, 2.0 / (period + 1));
  }

  /** Returns Wilder's smoothing (weight 1/period, the SMMA), seeded with an SMA. */
  static SeededExponentialAverage wilder(Indicator<Num> input, int period) {
    return new SeededExponentialAverage(input, period, 1.0 / period);
  }

  @Override
  Num calculate(int index) {
    Num current = input.getValue(index);
    if (Num.isNaNOrNull(current)) {
      return NaN.NaN;
    }
    Num previous = index > getBarSeries().getBeginIndex() ? known(index - 1) : NaN.NaN;
    if (Num.isNaNOrNull(previous)) {
      return seed(index);
    }
    return previous.plus(current.minus(previous).multipliedBy(smoothing));
  }

  /**
   * Returns the mean of the {@code period} inputs ending at {@code index}, NaN if one is missing.
   */
  private Num seed(int index) {
    int first = index - period + 1;
    if (first < getBarSeries().getBeginIndex()) {
      return NaN.NaN;
    }
    Num sum = getBarSeries().numFactory().zero();
    for (int i = first; i <= index; i++) {
      Num value = input.getValue(i);
      if (Num.isNaNOrNull(value)) {
        return NaN.NaN;
      }
      sum = sum.plus(value);
    }
    return sum.dividedBy(periodCount);
  }

  @Override
  public int getCountOfUnstableBars() {
    return input.getCountOfUnstableBars() + period - 1;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " period: " + period + " smoothing: " + smoothing;
  }
}
