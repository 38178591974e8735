package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.evotraders.core.event.RunEvent.PortfolioMarked;

/**
 * The current session's intraday marks as the original's live return curves: {@code equity_return},
 * {@code baseline_return}, {@code baseline_vw_return}, {@code momentum_return}, each {@code [{t,
 * v}]} with {@code t} in epoch milliseconds and {@code v} the return in percent since the run's
 * start (the basis of {@code pnlPct}). A new session starts new curves. At most one point is kept
 * per minute of run time, the latest, as the original marked once a minute, so a session's curves
 * hold at most 391 points however often the quotes are polled.
 */
final class IntradayReturns {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final long MINUTE_MILLIS = 60_000;

  private record Point(
      long time, double equity, double equalWeight, double valueWeighted, double momentum) {}

  private final double initialCash;
  private final List<Point> points = new ArrayList<>();
  private LocalDate session;
  private double nav;

  IntradayReturns(double initialCash) {
    this.initialCash = initialCash;
  }

  void mark(PortfolioMarked marked, long time, LocalDate date) {
    if (!date.equals(session)) {
      session = date;
      points.clear();
    }
    nav = marked.nav();
    Map<String, Double> baselines = marked.baselines();
    Point point =
        new Point(
            time,
            percent(marked.nav()),
            percent(baselines.get(PerformanceCurves.EQUAL_WEIGHT)),
            percent(baselines.get(PerformanceCurves.VALUE_WEIGHTED)),
            percent(baselines.get(PerformanceCurves.MOMENTUM)));
    if (!points.isEmpty() && points.getLast().time() / MINUTE_MILLIS == time / MINUTE_MILLIS) {
      points.removeLast();
    }
    points.add(point);
  }

  /** Puts the four curves into {@code node}: empty before the first mark. */
  void putCurves(ObjectNode node) {
    node.set("equity_return", curve(Point::equity));
    node.set("baseline_return", curve(Point::equalWeight));
    node.set("baseline_vw_return", curve(Point::valueWeighted));
    node.set("momentum_return", curve(Point::momentum));
  }

  /**
   * Returns the intraday {@code team_summary}'s fields: the curves, and the marked NAV as {@code
   * balance} with its return as {@code pnlPct}, rounded as at a settlement.
   */
  ObjectNode summary() {
    ObjectNode node = NODES.objectNode();
    node.put("balance", Rounded.cents(nav));
    node.put("pnlPct", Rounded.cents(percent(nav)));
    putCurves(node);
    return node;
  }

  private ArrayNode curve(ToDoubleFunction<Point> value) {
    ArrayNode curve = NODES.arrayNode(points.size());
    for (Point point : points) {
      double v = value.applyAsDouble(point);
      if (Double.isFinite(v)) {
        curve.addObject().put("t", point.time()).put("v", Rounded.fourPlaces(v));
      }
    }
    return curve;
  }

  /** Returns the percent return of {@code value} on the initial cash; NaN when there is none. */
  private double percent(Double value) {
    return value == null ? Double.NaN : (value - initialCash) / initialCash * 100;
  }
}
