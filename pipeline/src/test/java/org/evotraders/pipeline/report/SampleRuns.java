package org.evotraders.pipeline.report;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evotraders.core.metrics.ConfidenceInterval;
import org.evotraders.core.metrics.Drawdown;
import org.evotraders.core.metrics.ExposureSummary;
import org.evotraders.core.metrics.MetricConventions;
import org.evotraders.core.metrics.NavSeries;
import org.evotraders.core.metrics.PerformanceReport;
import org.evotraders.core.metrics.PositionSnapshot;
import org.evotraders.core.metrics.TradeStatistics;
import org.evotraders.pipeline.runs.RunConfig;

/** Run summaries for the report tests: one with hand-chosen figures, one long generated run. */
final class SampleRuns {

  static final LocalDate START = LocalDate.of(2024, 1, 2);
  static final LocalDate END = LocalDate.of(2024, 1, 4);
  static final NavSeries SHORT_NAV =
      new NavSeries(
          List.of(START, START.plusDays(1), END), List.of(100_000.0, 104_000.0, 112_340.0));

  private SampleRuns() {}

  /**
   * Returns a three-session run whose figures are chosen so that each column's differ: the team's
   * total return is 12.34%, equal weight 5.67%, value weighted 8.90%, momentum -3.21%, SPY 10.00%.
   */
  static RunSummary handBuilt(String benchmark, List<String> tickers) {
    PerformanceReport team =
        report(
            0.1234,
            0.2468,
            0.1523,
            1.87,
            2.41,
            3.05,
            -0.0809,
            new ConfidenceInterval(0.10, 2.00, 0.95),
            new ConfidenceInterval(0.0123, 0.4567, 0.95),
            new TradeStatistics(12, 7, 5, 7 / 12.0, 1.85, 3_700, 2_000),
            new ExposureSummary(0.8512, 0.4321, 0.6416, 0.2096, 1.2345, 0.0123, 3.0996));
    return summary(
        benchmark,
        tickers,
        new StrategyResult(StrategyResult.TEAM, team, SHORT_NAV),
        List.of(
            baseline("equal_weight", 0.0567, 0.61),
            baseline("value_weighted", 0.0890, 0.92),
            baseline("momentum", -0.0321, Double.NaN),
            baseline(benchmark, 0.1000, 1.11)),
        List.of(
            new PositionSnapshot(START, 50_000, 0, 100_000, 50_000),
            new PositionSnapshot(START.plusDays(1), 60_000, -20_000, 104_000, 30_000),
            new PositionSnapshot(END, 70_000, -25_000, 112_340, 0)));
  }

  /** Returns the hand-built run traded in AAPL and MSFT against SPY. */
  static RunSummary handBuilt() {
    return handBuilt("SPY", List.of("AAPL", "MSFT"));
  }

  /**
   * Returns a run of {@code sessions} weekdays from 2000 on, with seeded random walks for the team
   * and the baselines and figures computed by core.
   */
  static RunSummary generated(int sessions) {
    MetricConventions conventions = new MetricConventions(252, 0.0, 50, 10, 0.95, 42);
    List<LocalDate> dates = new ArrayList<>(sessions);
    for (LocalDate day = LocalDate.of(2000, 1, 3); dates.size() < sessions; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        dates.add(day);
      }
    }
    NavSeries teamNav = walk(dates, 1, 100_000);
    List<PositionSnapshot> snapshots = new ArrayList<>();
    for (int t = 0; t < sessions; t++) {
      double nav = teamNav.values().get(t);
      double cycle = Math.sin(t / 40.0);
      snapshots.add(
          new PositionSnapshot(
              dates.get(t),
              nav * (0.7 + 0.3 * cycle),
              -nav * (0.2 - 0.15 * cycle),
              nav,
              nav * 0.05));
    }
    StrategyResult team =
        new StrategyResult(
            StrategyResult.TEAM,
            PerformanceReport.of(teamNav, List.of(120.0, -80.0, 45.5), snapshots, conventions),
            teamNav);
    List<StrategyResult> baselines = new ArrayList<>();
    String[] names = {"equal_weight", "value_weighted", "momentum", "SPY"};
    for (int i = 0; i < names.length; i++) {
      NavSeries nav = walk(dates, i + 2, 50_000);
      baselines.add(new StrategyResult(names[i], PerformanceReport.of(nav, conventions), nav));
    }
    return summary("SPY", List.of("AAPL", "MSFT", "NVDA"), team, baselines, snapshots);
  }

  private static RunSummary summary(
      String benchmark,
      List<String> tickers,
      StrategyResult team,
      List<StrategyResult> baselines,
      List<PositionSnapshot> snapshots) {
    return new RunSummary(
        "20240102_093000",
        "backtest",
        tickers,
        team.nav().dates().getFirst(),
        team.nav().dates().getLast(),
        100_000,
        "csv:data/prices",
        team,
        baselines,
        snapshots,
        List.of(
            new LeaderboardEntry("technical_analyst", "technical", 40, 26, 0.65, 25, 17, 15, 9),
            new LeaderboardEntry("sentiment_analyst", "sentiment", 0, 0, Double.NaN, 0, 0, 0, 0)),
        new ModelSpending(
            List.of(
                new AgentSpending("portfolio_manager", 10, 2, 12_000, 3_400, 0.0123),
                new AgentSpending("technical_analyst", 5, 1, 8_000, 1_600, 0.0200)),
            new RunConfig.Budget(1_000_000L, 2.5),
            true),
        3,
        17,
        Path.of("runs", "20240102_093000"));
  }

  private static StrategyResult baseline(String name, double totalReturn, double sharpe) {
    PerformanceReport report =
        report(
            totalReturn,
            totalReturn * 2,
            0.2,
            sharpe,
            sharpe * 1.3,
            0.5,
            -0.05,
            new ConfidenceInterval(-1, 1, 0.95),
            new ConfidenceInterval(-0.1, 0.1, 0.95),
            TradeStatistics.of(List.of()),
            ExposureSummary.of(List.of(), 252));
    NavSeries nav =
        new NavSeries(
            SHORT_NAV.dates(), List.of(100_000.0, 101_000.0, 100_000 * (1 + totalReturn)));
    return new StrategyResult(name, report, nav);
  }

  private static PerformanceReport report(
      double totalReturn,
      double annualReturn,
      double volatility,
      double sharpe,
      double sortino,
      double calmar,
      double drawdown,
      ConfidenceInterval sharpeInterval,
      ConfidenceInterval annualReturnInterval,
      TradeStatistics trades,
      ExposureSummary exposure) {
    return new PerformanceReport(
        START,
        END,
        3,
        100_000,
        100_000 * (1 + totalReturn),
        totalReturn,
        annualReturn,
        volatility,
        sharpe,
        sortino,
        calmar,
        new Drawdown(drawdown, START.plusDays(1), END, null),
        sharpeInterval,
        annualReturnInterval,
        trades,
        exposure,
        MetricConventions.DEFAULT);
  }

  private static NavSeries walk(List<LocalDate> dates, long seed, double start) {
    Random random = new Random(seed);
    List<Double> values = new ArrayList<>(dates.size());
    double value = start;
    for (int t = 0; t < dates.size(); t++) {
      values.add(value);
      value *= 1 + 0.0003 + 0.012 * random.nextGaussian();
    }
    return new NavSeries(dates, values);
  }
}
