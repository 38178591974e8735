package org.evotraders.analysis.technical;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.adx.MinusDMIndicator;
import org.ta4j.core.indicators.adx.PlusDMIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceRatioIndicator;
import org.ta4j.core.indicators.helpers.GainIndicator;
import org.ta4j.core.indicators.helpers.LossIndicator;
import org.ta4j.core.indicators.helpers.PreviousValueIndicator;
import org.ta4j.core.indicators.helpers.RunningTotalIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;
import org.ta4j.core.num.Num;

/**
 * ta4j's indicators read through ta4j's own calculation of a bar instead of through ta4j's cache,
 * whose read of a series' last bar takes a lock and checks whether the bar changed (a closed daily
 * bar never does). The sums, whose calculation carries the previous bar's total, have their values
 * kept by {@link ClosedBarValues}, which asks each bar once and in bar order, as ta4j's running
 * totals expect. The others depend only on a bar and its predecessors, and each has one reader
 * asking each bar once: they keep nothing.
 */
final class Ta4jCalculations {

  private Ta4jCalculations() {}

  /** ta4j's simple moving average, kept. */
  static Indicator<Num> sma(Indicator<Num> input, int period) {
    return ClosedBarValues.of(
        new SMAIndicator(input, period) {
          @Override
          public Num getValue(int index) {
            return calculate(index);
          }
        });
  }

  /** ta4j's sum of the last {@code period} values, kept. */
  static Indicator<Num> runningTotal(Indicator<Num> input, int period) {
    return ClosedBarValues.of(
        new RunningTotalIndicator(input, period) {
          @Override
          public Num getValue(int index) {
            return calculate(index);
          }
        });
  }

  /** ta4j's value {@code bars} bars earlier. */
  static Indicator<Num> previous(Indicator<Num> input, int bars) {
    return new PreviousValueIndicator(input, bars) {
      @Override
      public Num getValue(int index) {
        return calculate(index);
      }
    };
  }

  /** ta4j's close over the previous close (1 on the first bar). */
  static Indicator<Num> closeRatio(BarSeries series) {
    return new ClosePriceRatioIndicator(series) {
      @Override
      public Num getValue(int index) {
        return calculate(index);
      }
    };
  }

  /** ta4j's upward move of {@code close} from the previous bar, 0 when it fell. */
  static Indicator<Num> gain(Indicator<Num> close) {
    return new GainIndicator(close) {
      @Override
      public Num getValue(int index) {
        return calculate(index);
      }
    };
  }

  /** ta4j's downward move of {@code close} from the previous bar, 0 when it rose. */
  static Indicator<Num> loss(Indicator<Num> close) {
    return new LossIndicator(close) {
      @Override
      public Num getValue(int index) {
        return calculate(index);
      }
    };
  }

  /** ta4j's true range. */
  static Indicator<Num> trueRange(BarSeries series) {
    return new TRIndicator(series) {
      @Override
      public Num getValue(int index) {
        return calculate(index);
      }
    };
  }

  /** ta4j's +DM. */
  static Indicator<Num> plusMovement(BarSeries series) {
    return new PlusDMIndicator(series) {
      @Override
      public Num getValue(int index) {
        return calculate(index);
      }
    };
  }

  /** ta4j's -DM. */
  static Indicator<Num> minusMovement(BarSeries series) {
    return new MinusDMIndicator(series) {
      @Override
      public Num getValue(int index) {
        return calculate(index);
      }
    };
  }
}
