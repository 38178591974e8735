package org.evotraders.core.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * Every performance figure of one run or baseline, ready to print. Return figures come from the
 * daily returns of the NAV series and follow the conventions in {@link
 * org.evotraders.core.metrics}; {@code conventions} records the choices made.
 *
 * @param start the first session, whose close is the starting value
 * @param end the last session
 * @param sessions the number of NAV values, one more than the number of daily returns
 * @param initialValue NAV at the first close
 * @param finalValue NAV at the last close
 * @param totalReturn finalValue / initialValue - 1
 * @param annualReturn compound annual growth rate over 252-session years
 * @param annualVolatility sample standard deviation of daily returns times sqrt(252)
 * @param sharpeRatio annualised Sharpe ratio over the per-session risk-free rate
 * @param sortinoRatio annualised Sortino ratio with the per-session risk-free rate as the required
 *     return
 * @param calmarRatio annualReturn over |max drawdown|, NaN without a drawdown
 * @param maxDrawdown the deepest drawdown with its peak, trough and recovery sessions
 * @param sharpeInterval bootstrap confidence interval of the Sharpe ratio
 * @param annualReturnInterval bootstrap confidence interval of the annual return
 * @param trades win rate and profit factor of closed trades
 * @param exposure exposure and turnover
 * @param conventions annualisation, risk-free rate and bootstrap settings used
 */
public record PerformanceReport(
    LocalDate start,
    LocalDate end,
    int sessions,
    double initialValue,
    double finalValue,
    double totalReturn,
    double annualReturn,
    double annualVolatility,
    double sharpeRatio,
    double sortinoRatio,
    double calmarRatio,
    Drawdown maxDrawdown,
    ConfidenceInterval sharpeInterval,
    ConfidenceInterval annualReturnInterval,
    TradeStatistics trades,
    ExposureSummary exposure,
    MetricConventions conventions) {

  /** Returns the report of a series without trades or positions, e.g. a baseline's value. */
  public static PerformanceReport of(NavSeries nav, MetricConventions conventions) {
    return of(nav, List.of(), List.of(), conventions);
  }

  /** Returns the report of a run from its NAV, closed-trade P&amp;Ls and daily snapshots. */
  public static PerformanceReport of(
      NavSeries nav,
      List<Double> closedTradePnl,
      List<PositionSnapshot> snapshots,
      MetricConventions conventions) {
    double[] returns = nav.returns();
    int year = conventions.periodsPerYear();
    double riskFree = conventions.riskFreePerPeriod();
    StationaryBootstrap bootstrap = StationaryBootstrap.of(conventions);
    return new PerformanceReport(
        nav.dates().getFirst(),
        nav.dates().getLast(),
        nav.size(),
        nav.values().getFirst(),
        nav.values().getLast(),
        nav.values().getLast() / nav.values().getFirst() - 1,
        ReturnStatistics.annualReturn(returns, year),
        ReturnStatistics.annualVolatility(returns, year),
        ReturnStatistics.sharpeRatio(returns, riskFree, year),
        ReturnStatistics.sortinoRatio(returns, riskFree, year),
        ReturnStatistics.calmarRatio(returns, year),
        Drawdown.of(nav),
        bootstrap.interval(returns, sample -> ReturnStatistics.sharpeRatio(sample, riskFree, year)),
        bootstrap.interval(returns, sample -> ReturnStatistics.annualReturn(sample, year)),
        TradeStatistics.of(closedTradePnl),
        ExposureSummary.of(snapshots, year),
        conventions);
  }
}
