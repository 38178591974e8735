package org.evotraders.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.ModelUsed;
import org.evotraders.core.metrics.ConfidenceInterval;
import org.evotraders.core.metrics.MetricConventions;
import org.evotraders.core.metrics.ReturnStatistics;
import org.evotraders.core.metrics.StationaryBootstrap;
import org.evotraders.pipeline.projection.DashboardDocuments;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.Bootstrap;
import org.evotraders.pipeline.runs.EventCodec;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * A run's curves and metrics for comparing runs (GET /api/runs/{id}/equity): the curves of its
 * summary.json, folded from its event log, and figures of the team's daily NAV under the default
 * metric conventions (252 sessions a year, the default risk-free rate).
 */
public final class RunEquity {

  private static final List<String> CURVES =
      List.of("equity", "baseline", "baseline_vw", "momentum", "benchmark", "benchmarkTicker");

  private RunEquity() {}

  /** Returns {@code {id, curves, metrics}} of {@code run} as far as its log goes. */
  public static ObjectNode of(RunDirectory run) {
    RunConfig config = Bootstrap.read(run.bootstrap()).config();
    List<RecordedEvent> events = EventLog.read(run.events());
    DashboardDocuments dashboard = RunProjection.replay(config, events).dashboard();
    ObjectNode answer = EventCodec.JSON.createObjectNode().put("id", run.runId());
    ObjectNode curves = answer.putObject("curves");
    for (String key : CURVES) {
      if (dashboard.summary().has(key)) {
        curves.set(key, dashboard.summary().get(key));
      }
    }
    ObjectNode metrics = answer.putObject("metrics");
    double[] returns = returns(curves.path("equity"));
    MetricConventions conventions = MetricConventions.DEFAULT;
    int year = conventions.periodsPerYear();
    double riskFree = conventions.riskFreePerPeriod();
    double total = ReturnStatistics.totalReturn(returns);
    put(metrics, "totalReturnPct", percent(total));
    put(metrics, "annualisedReturnPct", percent(ReturnStatistics.annualReturn(returns, year)));
    put(metrics, "volatilityPct", percent(ReturnStatistics.annualVolatility(returns, year)));
    put(metrics, "sharpe", ReturnStatistics.sharpeRatio(returns, riskFree, year));
    put(metrics, "sortino", ReturnStatistics.sortinoRatio(returns, riskFree, year));
    put(metrics, "maxDrawdownPct", percent(ReturnStatistics.maxDrawdown(returns)));
    StationaryBootstrap bootstrap = StationaryBootstrap.of(conventions);
    ConfidenceInterval annual =
        bootstrap.interval(returns, r -> ReturnStatistics.annualReturn(r, year));
    ConfidenceInterval sharpe =
        bootstrap.interval(returns, r -> ReturnStatistics.sharpeRatio(r, riskFree, year));
    put(metrics, "annualisedReturnCiLowPct", percent(annual.lower()));
    put(metrics, "annualisedReturnCiHighPct", percent(annual.upper()));
    put(metrics, "sharpeCiLow", sharpe.lower());
    put(metrics, "sharpeCiHigh", sharpe.upper());
    double[] benchmark = returns(curves.path("benchmark"));
    put(
        metrics,
        "excessReturnPct",
        benchmark.length == 0
            ? Double.NaN
            : percent(total - ReturnStatistics.totalReturn(benchmark)));
    put(metrics, "trades", dashboard.stats().path("totalTrades").asDouble(Double.NaN));
    put(metrics, "winRate", dashboard.stats().path("winRate").asDouble(Double.NaN));
    put(metrics, "costUsd", costUsd(events));
    return answer;
  }

  /** Returns the daily returns of a curve of {@code {t, v}} points. */
  private static double[] returns(JsonNode curve) {
    if (curve.size() < 2) {
      return new double[0];
    }
    double[] out = new double[curve.size() - 1];
    for (int i = 1; i < curve.size(); i++) {
      out[i - 1] = curve.get(i).path("v").asDouble() / curve.get(i - 1).path("v").asDouble() - 1;
    }
    return out;
  }

  private static double costUsd(List<RecordedEvent> events) {
    return events.stream()
        .map(RecordedEvent::event)
        .filter(ModelUsed.class::isInstance)
        .mapToDouble(e -> ((ModelUsed) e).costUsd())
        .sum();
  }

  private static double percent(double share) {
    return share * 100;
  }

  /** Puts a figure, or null when it is not a number (too few days, no spread). */
  private static void put(ObjectNode metrics, String key, double value) {
    if (Double.isFinite(value)) {
      metrics.put(key, value);
    } else {
      metrics.putNull(key);
    }
  }
}
