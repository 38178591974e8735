/**
 * Performance figures of a run or a baseline, computed from plain daily series so that any
 * portfolio implementation can be measured.
 *
 * <p>Start at {@link org.evotraders.core.metrics.PerformanceReport#of}: it takes a {@link
 * org.evotraders.core.metrics.NavSeries} (one value per session close), the P&amp;L of closed
 * trades and daily {@link org.evotraders.core.metrics.PositionSnapshot}s, and returns every figure
 * a CLI or web page prints. {@link org.evotraders.core.metrics.ReturnStatistics} holds the
 * return-series formulas; they follow empyrical 0.5.5 (quantopian/empyrical) and are checked
 * against its test cases.
 *
 * <p>Conventions, shared by every class here:
 *
 * <ul>
 *   <li>Returns are simple period returns {@code v[t]/v[t-1] - 1}, never log returns.
 *   <li>Annualisation uses 252 trading days per year (52 weeks, 12 months for other periodicities).
 *   <li>Standard deviations are sample standard deviations (ddof = 1).
 *   <li>The risk-free rate is an annual rate, 0 by default, turned into a per-period rate
 *       geometrically: {@code (1 + annual)^(1/252) - 1}.
 *   <li>NaN returns are handled as empyrical does: ignored by means and standard deviations,
 *       compounded as a zero return, and still counted in the number of periods that annualises a
 *       compounded return. A NAV series refuses NaN values outright.
 *   <li>A figure that cannot be computed (too few observations, a zero denominator) is NaN.
 * </ul>
 */
package org.evotraders.core.metrics;
