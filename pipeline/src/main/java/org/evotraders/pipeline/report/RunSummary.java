package org.evotraders.pipeline.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.evotraders.core.metrics.PositionSnapshot;

/**
 * Everything the end-of-run report prints, as plain values the pipeline fills in once a run ends.
 * The figures are those core computed; the reports only format and draw them.
 *
 * @param runId the run folder's name, e.g. 20240102_093000
 * @param mode backtest, mock or live
 * @param tickers the traded tickers
 * @param start the first session of the run
 * @param end the last session of the run
 * @param initialCash the team's starting cash, also the value every chart line starts from
 * @param dataSource where prices came from, e.g. mock or csv:data/prices
 * @param team the team's result, named {@value StrategyResult#TEAM}
 * @param baselines the baselines and the benchmark, in the order of the report's columns
 * @param snapshots the team's book at each session's close, for the exposure chart
 * @param leaderboard the analysts, in rank order
 * @param spending model calls, tokens and dollars per agent, with the budget
 * @param clamps how many orders the risk limits clamped
 * @param trades how many fills the team's orders produced
 * @param runDirectory the run folder, runs/&lt;run_id&gt;
 */
public record RunSummary(
    String runId,
    String mode,
    List<String> tickers,
    LocalDate start,
    LocalDate end,
    double initialCash,
    String dataSource,
    StrategyResult team,
    List<StrategyResult> baselines,
    List<PositionSnapshot> snapshots,
    List<LeaderboardEntry> leaderboard,
    ModelSpending spending,
    int clamps,
    int trades,
    Path runDirectory) {

  /** The file name of the HTML report inside the run folder. */
  public static final String REPORT_FILE = "report.html";

  public RunSummary {
    Objects.requireNonNull(runId, "a run summary needs the run id");
    for (Object part : new Object[] {mode, start, end, dataSource, team, spending, runDirectory}) {
      Objects.requireNonNull(
          part,
          () ->
              "summary of run %s lacks its mode, dates, data source, team, spending or folder"
                  .formatted(runId));
    }
    tickers = List.copyOf(tickers);
    baselines = List.copyOf(baselines);
    snapshots = List.copyOf(snapshots);
    leaderboard = List.copyOf(leaderboard);
    if (!(initialCash > 0) || Double.isInfinite(initialCash)) {
      throw new IllegalArgumentException(
          "summary of run %s has initial cash %s: give the positive starting cash"
              .formatted(runId, initialCash));
    }
    Set<String> names = new HashSet<>(Set.of(team.name()));
    for (StrategyResult baseline : baselines) {
      if (!names.add(baseline.name())) {
        throw new IllegalArgumentException(
            "summary of run %s has two results named %s: give each baseline once"
                .formatted(runId, baseline.name()));
      }
    }
  }

  /** Returns the path of the HTML report, runs/&lt;run_id&gt;/report.html. */
  public Path reportFile() {
    return runDirectory.resolve(REPORT_FILE);
  }
}
