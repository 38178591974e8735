/**
 * Passive portfolios that run beside every trading run on the same daily bars, so that a run's
 * performance can be compared with what simple rules would have earned from the same cash.
 *
 * <p>Start at {@link org.evotraders.core.baselines.Baseline}: the daily settlement step calls
 * {@code onSession(date, bars)} once per session and reads {@code value()}; {@code history()} gives
 * the value series for {@link org.evotraders.core.metrics.PerformanceReport}. {@link
 * org.evotraders.core.baselines.Baseline#standardSet} builds the four standard baselines.
 *
 * <p>Conventions shared by every baseline:
 *
 * <ul>
 *   <li>Orders execute at the session's open, through {@link
 *       org.evotraders.core.fills.TradingCosts}: buys pay the slipped buy price plus commission,
 *       sells receive the slipped sell price minus commission.
 *   <li>Holdings are whole shares: each buy takes the most shares its budget pays for including
 *       costs, and the remainder stays as cash earning nothing.
 *   <li>Value is cash plus shares at the session's close; a ticker without a bar that session is
 *       valued at its last known close.
 *   <li>Only the tickers a baseline was built with are traded; other bars are ignored.
 *   <li>The value series holds one value per session close; the initial cash itself is not a point
 *       of the series.
 * </ul>
 */
package org.evotraders.core.baselines;
