package org.evotraders.pipeline.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.evotraders.core.metrics.ExposureSummary;
import org.evotraders.core.metrics.MetricConventions;
import org.evotraders.core.metrics.PerformanceReport;
import org.evotraders.core.metrics.TradeStatistics;
import org.evotraders.pipeline.report.ReportTable.Kind;
import org.evotraders.pipeline.report.ReportTable.Row;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * The tables of a run's report, formatted once for both the terminal and the HTML file. Every
 * figure comes from core's {@link PerformanceReport}s; nothing is recomputed here.
 */
final class ReportTables {

  private ReportTables() {}

  /** Returns the run's identity: mode, tickers, period, data, cash and final NAV. */
  static ReportTable overview(RunSummary summary) {
    PerformanceReport team = summary.team().performance();
    return new ReportTable(
        "Run " + summary.runId(),
        List.of("", ""),
        2,
        List.of(
            Row.figure("Mode", summary.mode()),
            Row.figure("Tickers", String.join(", ", summary.tickers())),
            Row.figure(
                "Period",
                "%s to %s, %s sessions"
                    .formatted(summary.start(), summary.end(), Figures.count(team.sessions()))),
            Row.figure("Data", summary.dataSource()),
            Row.figure("Initial cash", Figures.money(summary.initialCash())),
            Row.figure("Final NAV", Figures.money(team.finalValue()))));
  }

  /** Returns the team against each baseline, one column each, intervals for the team only. */
  static ReportTable performance(RunSummary summary) {
    List<StrategyResult> results =
        Stream.concat(Stream.of(summary.team()), summary.baselines().stream()).toList();
    PerformanceReport team = summary.team().performance();
    List<String> headers = new ArrayList<>(List.of(""));
    results.forEach(result -> headers.add(result.label()));
    List<Row> rows = new ArrayList<>();
    rows.add(figure("Total return", results, r -> Figures.percent(r.totalReturn())));
    rows.add(figure("Annual return", results, r -> Figures.percent(r.annualReturn())));
    rows.add(
        teamDetail(
            Figures.intervalHeading(team.annualReturnInterval()),
            Figures.percentInterval(team.annualReturnInterval()),
            results.size()));
    rows.add(figure("Annual volatility", results, r -> Figures.percent(r.annualVolatility())));
    rows.add(figure("Sharpe", results, r -> Figures.ratio(r.sharpeRatio())));
    rows.add(
        teamDetail(
            Figures.intervalHeading(team.sharpeInterval()),
            Figures.ratioInterval(team.sharpeInterval()),
            results.size()));
    rows.add(figure("Sortino", results, r -> Figures.ratio(r.sortinoRatio())));
    rows.add(figure("Max drawdown", results, r -> Figures.percent(r.maxDrawdown().depth())));
    rows.add(detail("peak", results, r -> Figures.date(r.maxDrawdown().peak())));
    rows.add(detail("trough", results, r -> Figures.date(r.maxDrawdown().trough())));
    rows.add(figure("Calmar", results, r -> Figures.ratio(r.calmarRatio())));
    return new ReportTable("Performance", headers, 1, rows);
  }

  /** Returns the team's trades, exposure, turnover and clamps. */
  static ReportTable trading(RunSummary summary) {
    TradeStatistics trades = summary.team().performance().trades();
    ExposureSummary exposure = summary.team().performance().exposure();
    return new ReportTable(
        "Team trading",
        List.of("", "Team"),
        1,
        List.of(
            Row.figure("Trades executed", Figures.count(summary.trades())),
            Row.figure("Closed trades", Figures.count(trades.trades())),
            Row.figure("Win rate", Figures.percent(trades.winRate())),
            Row.figure("Profit factor", Figures.ratio(trades.profitFactor())),
            Row.figure("Average gross exposure", Figures.percent(exposure.averageGross())),
            Row.figure("Average net exposure", Figures.percent(exposure.averageNet())),
            Row.figure("Average long exposure", Figures.percent(exposure.averageLong())),
            Row.figure("Average short exposure", Figures.percent(exposure.averageShort())),
            Row.figure("Max gross exposure", Figures.percent(exposure.maxGross())),
            Row.figure("Annual turnover", Figures.percent(exposure.annualTurnover())),
            Row.figure("Risk clamps", Figures.count(summary.clamps()))));
  }

  /** Returns the analysts' scored predictions, in the leaderboard's order. */
  static ReportTable leaderboard(RunSummary summary) {
    return new ReportTable(
        "Analyst leaderboard",
        List.of(
            "Agent",
            "Role",
            "Evaluated",
            "Wins",
            "Win rate",
            "Bull n",
            "Bull won",
            "Bear n",
            "Bear won"),
        2,
        summary.leaderboard().stream()
            .map(
                entry ->
                    Row.figure(
                        entry.agentId(),
                        entry.role(),
                        Figures.count(entry.evaluated()),
                        Figures.count(entry.wins()),
                        Figures.percent(entry.winRate()),
                        Figures.count(entry.bullPredictions()),
                        Figures.count(entry.bullWins()),
                        Figures.count(entry.bearPredictions()),
                        Figures.count(entry.bearWins())))
            .toList());
  }

  /** Returns calls, tokens and dollars per agent, with their total as the last row. */
  static ReportTable spending(RunSummary summary) {
    List<Row> rows = new ArrayList<>();
    summary.spending().agents().forEach(agent -> rows.add(spendingRow(Kind.FIGURE, agent)));
    rows.add(spendingRow(Kind.TOTAL, summary.spending().total()));
    return new ReportTable(
        "Model spending",
        List.of("Agent", "Calls", "Cached", "Input tokens", "Output tokens", "Cost (USD)"),
        1,
        rows);
  }

  /** Returns the budget and whether it ended the run, e.g. "Budget $2.50: stopped the run". */
  static String budget(ModelSpending spending) {
    RunConfig.Budget budget = spending.budget();
    List<String> limits = new ArrayList<>();
    if (budget.maxUsd() != null) {
      limits.add("$" + Figures.money(budget.maxUsd()));
    }
    if (budget.maxTokens() != null) {
      limits.add(Figures.count(budget.maxTokens()) + " tokens");
    }
    if (limits.isEmpty()) {
      return "Budget: no limit";
    }
    return "Budget %s: %s"
        .formatted(
            String.join(" or ", limits),
            spending.budgetStoppedRun() ? "spent, it stopped the run" : "not reached");
  }

  /** Returns the choices behind the figures, so that a reader can reproduce them. */
  static String conventions(RunSummary summary) {
    MetricConventions conventions = summary.team().performance().conventions();
    return ("Annualised over %d sessions, risk-free rate %s; %s intervals from %s "
            + "stationary-bootstrap resamples, mean block %d sessions, seed %d.")
        .formatted(
            conventions.periodsPerYear(),
            Figures.percent(conventions.annualRiskFreeRate()),
            Figures.level(conventions.confidenceLevel()),
            Figures.count(conventions.bootstrapResamples()),
            conventions.bootstrapMeanBlockLength(),
            conventions.bootstrapSeed());
  }

  private static Row spendingRow(Kind kind, AgentSpending spent) {
    return new Row(
        kind,
        List.of(
            spent.agentId(),
            Figures.count(spent.calls()),
            Figures.count(spent.cachedCalls()),
            Figures.count(spent.inputTokens()),
            Figures.count(spent.outputTokens()),
            Figures.usd(spent.usd())));
  }

  private static Row figure(
      String label, List<StrategyResult> results, Function<PerformanceReport, String> figure) {
    return row(Kind.FIGURE, label, results, figure);
  }

  private static Row detail(
      String label, List<StrategyResult> results, Function<PerformanceReport, String> figure) {
    return row(Kind.DETAIL, label, results, figure);
  }

  private static Row row(
      Kind kind,
      String label,
      List<StrategyResult> results,
      Function<PerformanceReport, String> figure) {
    List<String> cells = new ArrayList<>(List.of(label));
    results.forEach(result -> cells.add(figure.apply(result.performance())));
    return new Row(kind, cells);
  }

  /** Returns a detail row with a figure for the team only, blank for the baselines. */
  private static Row teamDetail(String label, String teamFigure, int columns) {
    List<String> cells = new ArrayList<>(List.of(label, teamFigure));
    cells.addAll(Collections.nCopies(columns - 1, ""));
    return new Row(Kind.DETAIL, cells);
  }
}
