package org.evotraders.pipeline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.evotraders.core.metrics.NavSeries;
import org.evotraders.core.metrics.PositionSnapshot;

/**
 * The three charts of the HTML report: equity of the team against the baselines, the team's
 * drawdown and its exposure. They draw the series the pipeline recorded; the figures printed beside
 * them come from core.
 */
final class RunCharts {

  private static final String TEAM_COLOUR = "#1f4e9c";
  private static final String LOSS_COLOUR = "#c0392b";
  private static final List<String> BASELINE_COLOURS =
      List.of("#e08a1e", "#2a9d8f", "#8e5ac8", "#6b7280", "#b5651d", "#4a8f2f");
  private static final double TEAM_WIDTH = 2.4;
  private static final double BASELINE_WIDTH = 1.4;

  private RunCharts() {}

  /**
   * Returns the value of the team and of each baseline, each scaled to start at the initial cash so
   * that the lines compare growth rather than size.
   */
  static LineChart equity(RunSummary summary) {
    List<ChartLine> lines = new ArrayList<>();
    lines.add(normalised(summary.team(), TEAM_COLOUR, TEAM_WIDTH, summary.initialCash()));
    for (int i = 0; i < summary.baselines().size(); i++) {
      lines.add(
          normalised(
              summary.baselines().get(i),
              BASELINE_COLOURS.get(i % BASELINE_COLOURS.size()),
              BASELINE_WIDTH,
              summary.initialCash()));
    }
    return new LineChart(
        "Value of the team and the baselines, scaled to the initial cash", "", lines, false);
  }

  /** Returns the team's fall from its running peak at each close, in percent. */
  static LineChart drawdown(RunSummary summary) {
    NavSeries nav = summary.team().nav();
    List<ChartLine.Point> points = new ArrayList<>(nav.size());
    double peak = nav.values().getFirst();
    for (int t = 0; t < nav.size(); t++) {
      double value = nav.values().get(t);
      peak = Math.max(peak, value);
      points.add(new ChartLine.Point(nav.dates().get(t).toEpochDay(), (value / peak - 1) * 100));
    }
    return new LineChart(
        "Drawdown of the team from its running peak, percent",
        "%",
        List.of(new ChartLine("Team drawdown", LOSS_COLOUR, 1.6, points)),
        true);
  }

  /** Returns gross, net, long and short exposure as a percentage of NAV at each close. */
  static LineChart exposure(RunSummary summary) {
    List<PositionSnapshot> snapshots = summary.snapshots();
    return new LineChart(
        "Exposure of the team as a percentage of NAV",
        "%",
        List.of(
            exposureLine("Gross", TEAM_COLOUR, snapshots, PositionSnapshot::grossExposure),
            exposureLine("Net", "#2a9d8f", snapshots, PositionSnapshot::netExposure),
            exposureLine("Long", "#4a8f2f", snapshots, PositionSnapshot::longExposure),
            exposureLine("Short", LOSS_COLOUR, snapshots, PositionSnapshot::shortExposure)),
        false);
  }

  private static ChartLine normalised(
      StrategyResult result, String colour, double width, double initialCash) {
    NavSeries nav = result.nav();
    double scale = initialCash / nav.values().getFirst();
    List<ChartLine.Point> points = new ArrayList<>(nav.size());
    for (int t = 0; t < nav.size(); t++) {
      points.add(new ChartLine.Point(nav.dates().get(t).toEpochDay(), nav.values().get(t) * scale));
    }
    return new ChartLine(result.label(), colour, width, points);
  }

  private static ChartLine exposureLine(
      String name,
      String colour,
      List<PositionSnapshot> snapshots,
      ToDoubleFunction<PositionSnapshot> exposure) {
    return new ChartLine(
        name,
        colour,
        BASELINE_WIDTH,
        snapshots.stream()
            .map(s -> new ChartLine.Point(s.date().toEpochDay(), exposure.applyAsDouble(s) * 100))
            .toList());
  }
}
