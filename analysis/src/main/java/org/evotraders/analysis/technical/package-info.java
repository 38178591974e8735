/**
 * Technical indicators for the technical analyst, computed with ta4j on {@code DoubleNum}s.
 *
 * <p>Start at {@link org.evotraders.analysis.technical.IndicatorSet#compute(java.util.List)}: it
 * turns one ticker's bars into every {@link org.evotraders.analysis.technical.TechnicalIndicator}
 * on every bar, read back with {@code asOf(date)} as a {@link
 * org.evotraders.analysis.technical.TechnicalSnapshot}. {@link
 * org.evotraders.analysis.technical.ClassicIndicators} builds the single ta4j indicators with the
 * classic seeding of TTR, backtrader and StockCharts, and {@link
 * org.evotraders.analysis.technical.DailyBarSeries} converts bars into a ta4j series. A backtest
 * extends {@link org.evotraders.analysis.technical.RollingIndicators} day by day instead; since
 * daily bars are final once appended, every indicator and every shared intermediate keeps each
 * bar's value once computed, in bar order (see {@code ClosedBarIndicator} and {@code
 * ClosedBarValues}); ta4j's indicators are read through their own calculation ({@code
 * Ta4jCalculations}) rather than ta4j's cache.
 */
package org.evotraders.analysis.technical;
