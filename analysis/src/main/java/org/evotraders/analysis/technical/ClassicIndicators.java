package org.evotraders.analysis.technical;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.numeric.NumericIndicator;
import org.ta4j.core.num.Num;

/**
 * Builds ta4j indicators that give the classic values published by TTR, backtrader and StockCharts.
 * Every indicator is NaN during its warm-up, never a partial value.
 *
 * <p>ta4j's own classes are used where they already match (SMA, running totals, true range,
 * directional movement, arithmetic of indicators); smoothed indicators use {@link
 * SeededExponentialAverage} because ta4j seeds its EMA/MMA with a single value instead of a simple
 * mean, and the Bollinger deviation uses {@link PopulationDeviation} so that it shares the middle
 * band's SMA. Overloads taking indicators the caller holds let several readers share one chain.
 *
 * <p>Bars are closed when appended, so a value once computed for a bar is final: every indicator
 * returned here, and every intermediate several of them read, keeps each bar's value once computed
 * ({@link ClosedBarValues}), in bar order and without ta4j's locking (ta4j's own classes are read
 * through {@link Ta4jCalculations}). Read them from one thread at a time.
 */
public final class ClassicIndicators {

  /** Trading days per year used to annualise daily volatility. */
  public static final int TRADING_DAYS_PER_YEAR = 252;

  private ClassicIndicators() {}

  /** The three MACD lines. */
  public record Macd(Indicator<Num> line, Indicator<Num> signal, Indicator<Num> histogram) {}

  /** The three Bollinger bands. */
  public record BollingerBands(Indicator<Num> middle, Indicator<Num> upper, Indicator<Num> lower) {}

  /** Wilder's directional movement system. */
  public record DirectionalMovement(
      Indicator<Num> plusDi, Indicator<Num> minusDi, Indicator<Num> adx) {}

  /** Returns the simple moving average, first defined on bar {@code period - 1}. */
  public static Indicator<Num> sma(Indicator<Num> input, int period) {
    return stable(Ta4jCalculations.sma(input, period));
  }

  /**
   * Returns the exponential moving average with weight 2/(period+1), seeded with the SMA of the
   * first {@code period} values (TTR {@code EMA}, backtrader), first defined on bar {@code period -
   * 1}.
   */
  public static Indicator<Num> ema(Indicator<Num> input, int period) {
    return SeededExponentialAverage.exponential(input, period);
  }

  /**
   * Returns MACD: line = EMA(fast) - EMA(slow), signal = EMA(signal) of the line seeded with the
   * SMA of its first {@code signal} values, histogram = line - signal (TTR {@code MACD(percent =
   * FALSE)}, backtrader {@code MACDHisto}). With 12/26/9 the line starts on bar 25, the signal and
   * histogram on bar 33.
   */
  public static Macd macd(Indicator<Num> close, int fast, int slow, int signal) {
    return macd(ema(close, fast), ema(close, slow), signal);
  }

  /**
   * Returns MACD over averages the caller already holds (typically {@link #ema} of the close with
   * the fast and slow periods), so that other readers of those averages share one chain.
   */
  public static Macd macd(Indicator<Num> fastAverage, Indicator<Num> slowAverage, int signal) {
    Indicator<Num> line = kept(NumericIndicator.of(fastAverage).minus(slowAverage));
    Indicator<Num> signalLine = ema(line, signal);
    return new Macd(line, signalLine, NumericIndicator.of(line).minus(signalLine));
  }

  /**
   * Returns Wilder's RSI = 100 * avgGain / (avgGain + avgLoss), both averages Wilder-smoothed and
   * seeded with the simple mean of the first {@code period} close-to-close moves (TTR {@code RSI},
   * backtrader, StockCharts' published 70.53). First defined on bar {@code period}; NaN while both
   * averages are zero (no move at all).
   */
  public static Indicator<Num> rsi(Indicator<Num> close, int period) {
    // ta4j reports gain and loss 0 on bar 0, which is no move: masking it keeps it out of the seed.
    var averageGain =
        SeededExponentialAverage.wilder(fromSecondBar(Ta4jCalculations.gain(close)), period);
    var averageLoss =
        SeededExponentialAverage.wilder(fromSecondBar(Ta4jCalculations.loss(close)), period);
    return NumericIndicator.of(averageGain)
        .multipliedBy(100)
        .dividedBy(NumericIndicator.of(averageGain).plus(averageLoss));
  }

  /**
   * Returns the true range from bar 1 on; bar 0 has no previous close and is NaN (TTR, backtrader;
   * StockCharts instead counts high - low on bar 0).
   */
  public static Indicator<Num> trueRange(BarSeries series) {
    return fromSecondBar(Ta4jCalculations.trueRange(series));
  }

  /**
   * Returns Wilder's ATR: the true range Wilder-smoothed, seeded with the mean of the true ranges
   * of bars 1..period (TTR {@code ATR}, backtrader). First defined on bar {@code period}.
   */
  public static Indicator<Num> atr(BarSeries series, int period) {
    return SeededExponentialAverage.wilder(trueRange(series), period);
  }

  /**
   * Returns +DI, -DI and ADX as TTR's {@code ADX} and StockCharts compute them: +DM, -DM and TR are
   * Wilder-smoothed from bar 1, seeded with their means over bars 1..period (the ratio equals that
   * of Wilder's running sums); DI = 100 * smoothed DM / smoothed TR; DX = 100 * |+DI - -DI| / (+DI
   * + -DI); ADX = DX Wilder-smoothed, seeded with the mean of its first {@code period} values. The
   * DIs start on bar {@code period}, ADX on bar {@code 2 * period - 1}.
   */
  public static DirectionalMovement directionalMovement(BarSeries series, int period) {
    return directionalMovement(series, atr(series, period), period);
  }

  /**
   * Returns +DI, -DI and ADX over the caller's {@link #atr} of the same {@code period}, so that the
   * ATR readers and the directional system share one smoothed true range.
   */
  public static DirectionalMovement directionalMovement(
      BarSeries series, Indicator<Num> smoothedTrueRange, int period) {
    var plusDi = directionalIndex(Ta4jCalculations.plusMovement(series), smoothedTrueRange, period);
    var minusDi =
        directionalIndex(Ta4jCalculations.minusMovement(series), smoothedTrueRange, period);
    var dx =
        NumericIndicator.of(plusDi)
            .minus(minusDi)
            .abs()
            .multipliedBy(100)
            .dividedBy(NumericIndicator.of(plusDi).plus(minusDi));
    return new DirectionalMovement(plusDi, minusDi, SeededExponentialAverage.wilder(dx, period));
  }

  /**
   * Returns Bollinger bands: middle = SMA(period), upper/lower = middle ± width * population
   * standard deviation of the same closes (Bollinger, StockCharts, TTR {@code BBands}, backtrader).
   * First defined on bar {@code period - 1}.
   */
  public static BollingerBands bollinger(Indicator<Num> close, int period, double width) {
    var middle = Ta4jCalculations.sma(close, period);
    // ta4j's StandardDeviationIndicator would keep a second SMA of its own.
    var band =
        NumericIndicator.of(new PopulationDeviation(close, middle, period)).multipliedBy(width);
    // The bands are the arithmetic of ta4j's BollingerBands indicators, without caches of their
    // own: each band is read once per bar.
    return new BollingerBands(
        stable(middle),
        stable(NumericIndicator.of(middle).plus(band), middle.getCountOfUnstableBars()),
        stable(NumericIndicator.of(middle).minus(band), middle.getCountOfUnstableBars()));
  }

  /**
   * Returns the simple return over {@code days} bars, close / close {@code days} bars earlier - 1,
   * as a fraction. First defined on bar {@code days}.
   */
  public static Indicator<Num> periodReturn(Indicator<Num> close, int days) {
    NumericIndicator price = NumericIndicator.of(close);
    return price.dividedBy(Ta4jCalculations.previous(close, days)).minus(1);
  }

  /**
   * Returns realised volatility: the sample standard deviation (ddof = 1) of the last {@code days}
   * simple daily returns, times sqrt(252), as a fraction (empyrical {@code annual_volatility}).
   * Simple rather than log returns, so that it agrees with empyrical and the risk manager's return
   * series. First defined on bar {@code days}.
   */
  public static Indicator<Num> realisedVolatility(BarSeries series, int days) {
    return realisedVolatility(dailyReturn(series), days);
  }

  /**
   * Returns the simple daily return, close / previous close - 1, as a fraction; 0 on bar 0, which
   * has no previous close (ta4j's ratio is 1 there).
   */
  public static Indicator<Num> dailyReturn(BarSeries series) {
    return kept(NumericIndicator.of(Ta4jCalculations.closeRatio(series)).minus(1));
  }

  /**
   * Returns realised volatility over the caller's {@link #dailyReturn} series, so that several
   * windows share one. First defined on bar {@code days}.
   */
  public static Indicator<Num> realisedVolatility(Indicator<Num> dailyReturn, int days) {
    if (days < 2) {
      throw new IllegalArgumentException("volatility needs at least 2 returns, was " + days);
    }
    // A NaN return on bar 0 would poison the running sums, so the return series stays defined
    // there and bar 0 is excluded by the warm-up mask instead.
    // Running sums make each bar O(1); ta4j's VarianceIndicator rescans the window on every bar.
    // Returns are small and centred near 0, so the one-pass formula loses no useful precision.
    var returns = NumericIndicator.of(dailyReturn);
    var sum = NumericIndicator.of(Ta4jCalculations.runningTotal(returns, days));
    var sumOfSquares = Ta4jCalculations.runningTotal(returns.squared(), days);
    var sampleVariance =
        NumericIndicator.of(sumOfSquares)
            .minus(sum.squared().dividedBy(days))
            .dividedBy(days - 1)
            .max(0); // rounding must not turn a flat window's zero variance negative
    return new WarmUpMask(sampleVariance.multipliedBy(TRADING_DAYS_PER_YEAR).sqrt(), days);
  }

  private static Indicator<Num> directionalIndex(
      Indicator<Num> movement, Indicator<Num> smoothedTrueRange, int period) {
    var smoothedMovement = SeededExponentialAverage.wilder(fromSecondBar(movement), period);
    return kept(
        NumericIndicator.of(smoothedMovement).multipliedBy(100).dividedBy(smoothedTrueRange));
  }

  private static Indicator<Num> kept(Indicator<Num> indicator) {
    return ClosedBarValues.of(indicator);
  }

  /** Masks bar 0, where ta4j reports 0 for a move that needs the previous bar. */
  private static Indicator<Num> fromSecondBar(Indicator<Num> move) {
    return new WarmUpMask(move, 1);
  }

  /** Masks the bars ta4j itself reports as unstable (partial windows). */
  private static Indicator<Num> stable(Indicator<Num> indicator) {
    return stable(indicator, indicator.getCountOfUnstableBars());
  }

  private static Indicator<Num> stable(Indicator<Num> indicator, int unstableBars) {
    return new WarmUpMask(indicator, unstableBars);
  }
}
