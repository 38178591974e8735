package org.evotraders.analysis.technical;

/**
 * The indicators an {@link IndicatorSet} holds for every bar, each with the classic parameters the
 * technical analyst reads. Conventions are those of {@link ClassicIndicators}.
 */
public enum TechnicalIndicator {
  /** Simple moving average of 20 closes. */
  SMA_20,
  /** Simple moving average of 50 closes. */
  SMA_50,
  /** Simple moving average of 200 closes. */
  SMA_200,
  /** Exponential moving average of 12 closes, SMA-seeded (MACD's fast line). */
  EMA_12,
  /** Exponential moving average of 26 closes, SMA-seeded (MACD's slow line). */
  EMA_26,
  /** MACD(12,26,9) line: EMA12 - EMA26. */
  MACD_LINE,
  /** MACD(12,26,9) signal: EMA9 of the line. */
  MACD_SIGNAL,
  /** MACD(12,26,9) histogram: line - signal. */
  MACD_HISTOGRAM,
  /** Wilder's RSI over 14 moves, 0..100. */
  RSI_14,
  /** Bollinger(20, 2) middle band: SMA20. */
  BOLLINGER_MIDDLE,
  /** Bollinger(20, 2) upper band: SMA20 + 2 population sigma. */
  BOLLINGER_UPPER,
  /** Bollinger(20, 2) lower band: SMA20 - 2 population sigma. */
  BOLLINGER_LOWER,
  /** Wilder's average true range over 14 bars, in price units. */
  ATR_14,
  /** Wilder's +DI over 14 bars, 0..100. */
  PLUS_DI_14,
  /** Wilder's -DI over 14 bars, 0..100. */
  MINUS_DI_14,
  /** Wilder's ADX over 14 bars, 0..100. */
  ADX_14,
  /** Simple return over 5 bars, as a fraction. */
  RETURN_5_DAYS,
  /** Simple return over 10 bars, as a fraction. */
  RETURN_10_DAYS,
  /** Simple return over 20 bars, as a fraction. */
  RETURN_20_DAYS,
  /** Annualised volatility of the last 10 simple daily returns, as a fraction. */
  VOLATILITY_10_DAYS,
  /** Annualised volatility of the last 20 simple daily returns, as a fraction. */
  VOLATILITY_20_DAYS,
  /** Annualised volatility of the last 60 simple daily returns, as a fraction. */
  VOLATILITY_60_DAYS
}
