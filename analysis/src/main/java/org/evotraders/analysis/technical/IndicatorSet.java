package org.evotraders.analysis.technical;

import static org.evotraders.analysis.technical.TechnicalIndicator.ADX_14;
import static org.evotraders.analysis.technical.TechnicalIndicator.ATR_14;
import static org.evotraders.analysis.technical.TechnicalIndicator.BOLLINGER_LOWER;
import static org.evotraders.analysis.technical.TechnicalIndicator.BOLLINGER_MIDDLE;
import static org.evotraders.analysis.technical.TechnicalIndicator.BOLLINGER_UPPER;
import static org.evotraders.analysis.technical.TechnicalIndicator.EMA_12;
import static org.evotraders.analysis.technical.TechnicalIndicator.EMA_26;
import static org.evotraders.analysis.technical.TechnicalIndicator.MACD_HISTOGRAM;
import static org.evotraders.analysis.technical.TechnicalIndicator.MACD_LINE;
import static org.evotraders.analysis.technical.TechnicalIndicator.MACD_SIGNAL;
import static org.evotraders.analysis.technical.TechnicalIndicator.MINUS_DI_14;
import static org.evotraders.analysis.technical.TechnicalIndicator.PLUS_DI_14;
import static org.evotraders.analysis.technical.TechnicalIndicator.RETURN_10_DAYS;
import static org.evotraders.analysis.technical.TechnicalIndicator.RETURN_20_DAYS;
import static org.evotraders.analysis.technical.TechnicalIndicator.RETURN_5_DAYS;
import static org.evotraders.analysis.technical.TechnicalIndicator.RSI_14;
import static org.evotraders.analysis.technical.TechnicalIndicator.SMA_20;
import static org.evotraders.analysis.technical.TechnicalIndicator.SMA_200;
import static org.evotraders.analysis.technical.TechnicalIndicator.SMA_50;
import static org.evotraders.analysis.technical.TechnicalIndicator.VOLATILITY_10_DAYS;
import static org.evotraders.analysis.technical.TechnicalIndicator.VOLATILITY_20_DAYS;
import static org.evotraders.analysis.technical.TechnicalIndicator.VOLATILITY_60_DAYS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.evotraders.core.market.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/**
 * Every {@link TechnicalIndicator} of one ticker on every bar of its history, computed once.
 *
 * <p>Each indicator is evaluated bar after bar from the first, so ta4j's caches and running sums
 * make the whole set linear in the number of bars; afterwards reads are array lookups. Values are
 * NaN during each indicator's warm-up. Nothing here looks ahead: the value on a bar uses only that
 * bar and earlier ones, so {@link #asOf(LocalDate)} is point-in-time.
 */
public final class IndicatorSet {

  private final String ticker;
  private final LocalDate[] dates;
  private final double[] closes;
  private final double[][] values;

  private IndicatorSet(String ticker, LocalDate[] dates, double[] closes, double[][] values) {
    this.ticker = ticker;
    this.dates = dates;
    this.closes = closes;
    this.values = values;
  }

  /**
   * Computes the set from one ticker's daily bars in date order.
   *
   * @throws IllegalArgumentException as {@link DailyBarSeries#of(List)} does
   */
  public static IndicatorSet compute(List<Bar> bars) {
    return compute(DailyBarSeries.of(bars));
  }

  /** Computes the set from a series built by {@link DailyBarSeries#of(List)}. */
  public static IndicatorSet compute(BarSeries series) {
    int size = series.getBarCount();
    int begin = series.getBeginIndex();
    var dates = new LocalDate[size];
    var closes = new double[size];
    for (int bar = 0; bar < size; bar++) {
      dates[bar] = DailyBarSeries.sessionOf(series.getBar(begin + bar));
      closes[bar] = series.getBar(begin + bar).getClosePrice().doubleValue();
    }
    var values = new double[TechnicalIndicator.values().length][];
    indicatorsOf(series)
        .forEach(
            (indicator, ta4j) -> {
              var column = new double[size];
              for (int bar = 0; bar < size; bar++) {
                column[bar] = ta4j.getValue(begin + bar).doubleValue();
              }
              values[indicator.ordinal()] = column;
            });
    return new IndicatorSet(series.getName(), dates, closes, values);
  }

  /**
   * Returns every indicator of the set over {@code series}, in ta4j's causal, cached form. Each
   * chain is built once and shared by every reader: MACD reads EMA12 and EMA26, the directional
   * system reads ATR14, SMA20 is the Bollinger middle band, and the volatilities read one daily
   * return series.
   */
  static Map<TechnicalIndicator, Indicator<Num>> indicatorsOf(BarSeries series) {
    var close = new ClosePriceIndicator(series);
    var ema12 = ClassicIndicators.ema(close, 12);
    var ema26 = ClassicIndicators.ema(close, 26);
    var macd = ClassicIndicators.macd(ema12, ema26, 9);
    var bollinger = ClassicIndicators.bollinger(close, 20, 2.0);
    var atr = ClassicIndicators.atr(series, 14);
    var directional = ClassicIndicators.directionalMovement(series, atr, 14);
    var dailyReturn = ClassicIndicators.dailyReturn(series);
    var indicators = new EnumMap<TechnicalIndicator, Indicator<Num>>(TechnicalIndicator.class);
    indicators.put(SMA_20, bollinger.middle());
    indicators.put(SMA_50, ClassicIndicators.sma(close, 50));
    indicators.put(SMA_200, ClassicIndicators.sma(close, 200));
    indicators.put(EMA_12, ema12);
    indicators.put(EMA_26, ema26);
    indicators.put(MACD_LINE, macd.line());
    indicators.put(MACD_SIGNAL, macd.signal());
    indicators.put(MACD_HISTOGRAM, macd.histogram());
    indicators.put(RSI_14, ClassicIndicators.rsi(close, 14));
    indicators.put(BOLLINGER_MIDDLE, bollinger.middle());
    indicators.put(BOLLINGER_UPPER, bollinger.upper());
    indicators.put(BOLLINGER_LOWER, bollinger.lower());
    indicators.put(ATR_14, atr);
    indicators.put(PLUS_DI_14, directional.plusDi());
    indicators.put(MINUS_DI_14, directional.minusDi());
    indicators.put(ADX_14, directional.adx());
    indicators.put(RETURN_5_DAYS, ClassicIndicators.periodReturn(close, 5));
    indicators.put(RETURN_10_DAYS, ClassicIndicators.periodReturn(close, 10));
    indicators.put(RETURN_20_DAYS, ClassicIndicators.periodReturn(close, 20));
    indicators.put(VOLATILITY_10_DAYS, ClassicIndicators.realisedVolatility(dailyReturn, 10));
    indicators.put(VOLATILITY_20_DAYS, ClassicIndicators.realisedVolatility(dailyReturn, 20));
    indicators.put(VOLATILITY_60_DAYS, ClassicIndicators.realisedVolatility(dailyReturn, 60));
    return indicators;
  }

  /** Returns the ticker the bars belong to. */
  public String ticker() {
    return ticker;
  }

  /** Returns the number of bars. */
  public int size() {
    return dates.length;
  }

  /** Returns the session date of bar {@code index} (0 = oldest). */
  public LocalDate date(int index) {
    return dates[index];
  }

  /** Returns the close of bar {@code index}. */
  public double close(int index) {
    return closes[index];
  }

  /** Returns one indicator on bar {@code index}, NaN during its warm-up. */
  public double value(TechnicalIndicator indicator, int index) {
    return values[indicator.ordinal()][index];
  }

  /** Returns a copy of one indicator on every bar, oldest first. */
  public double[] series(TechnicalIndicator indicator) {
    return values[indicator.ordinal()].clone();
  }

  /** Returns the index of the last bar dated on or before {@code date}, if any. */
  public OptionalInt indexAsOf(LocalDate date) {
    int found = Arrays.binarySearch(dates, date);
    int index = found >= 0 ? found : -found - 2;
    return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
  }

  /** Returns every indicator on bar {@code index}. */
  public TechnicalSnapshot at(int index) {
    return TechnicalSnapshot.of(ticker, dates[index], closes[index], i -> value(i, index));
  }

  /** Returns every indicator on the last bar dated on or before {@code date}, if any. */
  public Optional<TechnicalSnapshot> asOf(LocalDate date) {
    OptionalInt index = indexAsOf(date);
    return index.isPresent() ? Optional.of(at(index.getAsInt())) : Optional.empty();
  }
}
