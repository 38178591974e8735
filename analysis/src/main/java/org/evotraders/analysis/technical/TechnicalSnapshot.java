package org.evotraders.analysis.technical;

import java.time.LocalDate;

/**
 * Every indicator of one ticker on one session, as the technical analyst's tools read them. A value
 * is NaN while its indicator is still warming up (for instance {@code sma200} on the first 199
 * bars). Returns and volatilities are fractions (0.05 = 5 %), RSI, DI and ADX are 0..100, the
 * others are in price units. Conventions are those of {@link ClassicIndicators}.
 */
public record TechnicalSnapshot(
    String ticker,
    LocalDate date,
    double close,
    double sma20,
    double sma50,
    double sma200,
    double ema12,
    double ema26,
    double macdLine,
    double macdSignal,
    double macdHistogram,
    double rsi14,
    double bollingerMiddle,
    double bollingerUpper,
    double bollingerLower,
    double atr14,
    double plusDi14,
    double minusDi14,
    double adx14,
    double return5Days,
    double return10Days,
    double return20Days,
    double volatility10Days,
    double volatility20Days,
    double volatility60Days) {

  /** Returns the snapshot of bar {@code index} of a set. */
  static TechnicalSnapshot of(IndicatorSet set, int index) {
    return new TechnicalSnapshot(
        set.ticker(),
        set.date(index),
        set.close(index),
        set.value(TechnicalIndicator.SMA_20, index),
        set.value(TechnicalIndicator.SMA_50, index),
        set.value(TechnicalIndicator.SMA_200, index),
        set.value(TechnicalIndicator.EMA_12, index),
        set.value(TechnicalIndicator.EMA_26, index),
        set.value(TechnicalIndicator.MACD_LINE, index),
        set.value(TechnicalIndicator.MACD_SIGNAL, index),
        set.value(TechnicalIndicator.MACD_HISTOGRAM, index),
        set.value(TechnicalIndicator.RSI_14, index),
        set.value(TechnicalIndicator.BOLLINGER_MIDDLE, index),
        set.value(TechnicalIndicator.BOLLINGER_UPPER, index),
        set.value(TechnicalIndicator.BOLLINGER_LOWER, index),
        set.value(TechnicalIndicator.ATR_14, index),
        set.value(TechnicalIndicator.PLUS_DI_14, index),
        set.value(TechnicalIndicator.MINUS_DI_14, index),
        set.value(TechnicalIndicator.ADX_14, index),
        set.value(TechnicalIndicator.RETURN_5_DAYS, index),
        set.value(TechnicalIndicator.RETURN_10_DAYS, index),
        set.value(TechnicalIndicator.RETURN_20_DAYS, index),
        set.value(TechnicalIndicator.VOLATILITY_10_DAYS, index),
        set.value(TechnicalIndicator.VOLATILITY_20_DAYS, index),
        set.value(TechnicalIndicator.VOLATILITY_60_DAYS, index));
  }
}
