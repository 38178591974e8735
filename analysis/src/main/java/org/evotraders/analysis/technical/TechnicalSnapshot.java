package org.evotraders.analysis.technical;

import java.time.LocalDate;
import java.util.function.ToDoubleFunction;

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

  /** Returns the snapshot of one bar, reading each indicator through {@code value}. */
  static TechnicalSnapshot of(
      String ticker, LocalDate date, double close, ToDoubleFunction<TechnicalIndicator> value) {
    return new TechnicalSnapshot(
        ticker,
        date,
        close,
        value.applyAsDouble(TechnicalIndicator.SMA_20),
        value.applyAsDouble(TechnicalIndicator.SMA_50),
        value.applyAsDouble(TechnicalIndicator.SMA_200),
        value.applyAsDouble(TechnicalIndicator.EMA_12),
        value.applyAsDouble(TechnicalIndicator.EMA_26),
        value.applyAsDouble(TechnicalIndicator.MACD_LINE),
        value.applyAsDouble(TechnicalIndicator.MACD_SIGNAL),
        value.applyAsDouble(TechnicalIndicator.MACD_HISTOGRAM),
        value.applyAsDouble(TechnicalIndicator.RSI_14),
        value.applyAsDouble(TechnicalIndicator.BOLLINGER_MIDDLE),
        value.applyAsDouble(TechnicalIndicator.BOLLINGER_UPPER),
        value.applyAsDouble(TechnicalIndicator.BOLLINGER_LOWER),
        value.applyAsDouble(TechnicalIndicator.ATR_14),
        value.applyAsDouble(TechnicalIndicator.PLUS_DI_14),
        value.applyAsDouble(TechnicalIndicator.MINUS_DI_14),
        value.applyAsDouble(TechnicalIndicator.ADX_14),
        value.applyAsDouble(TechnicalIndicator.RETURN_5_DAYS),
        value.applyAsDouble(TechnicalIndicator.RETURN_10_DAYS),
        value.applyAsDouble(TechnicalIndicator.RETURN_20_DAYS),
        value.applyAsDouble(TechnicalIndicator.VOLATILITY_10_DAYS),
        value.applyAsDouble(TechnicalIndicator.VOLATILITY_20_DAYS),
        value.applyAsDouble(TechnicalIndicator.VOLATILITY_60_DAYS));
  }
}
