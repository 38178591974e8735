package org.evotraders.pipeline.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.OrderClamped;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.Settlement;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.core.metrics.MetricConventions;
import org.evotraders.core.metrics.NavSeries;
import org.evotraders.core.metrics.PerformanceReport;
import org.evotraders.core.metrics.PositionSnapshot;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.core.portfolio.Position;
import org.evotraders.models.gate.ModelGate;
import org.evotraders.pipeline.report.AgentSpending;
import org.evotraders.pipeline.report.ModelSpending;
import org.evotraders.pipeline.report.RunSummary;
import org.evotraders.pipeline.report.StrategyResult;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * Builds the end-of-run report's figures from the run's event log (the team's NAV, trades and
 * exposure) and from the outcome (the baselines, the leaderboard, the model spending). Metrics
 * follow {@link MetricConventions#DEFAULT}, seeded by the run's seed.
 */
public final class RunSummaries {

  private RunSummaries() {}

  public static RunSummary of(RunOutcome outcome, RunConfig config, String source, ModelGate gate) {
    List<RecordedEvent> events = CommittedEvents.of(EventLog.read(outcome.run().events()));
    List<LocalDate> dates = new ArrayList<>();
    List<Double> navs = new ArrayList<>();
    List<PositionSnapshot> snapshots = new ArrayList<>();
    List<Double> closedTrades = new ArrayList<>();
    Portfolio replay = new Portfolio(config.initialCash(), config.marginRequirement());
    int clamps = 0;
    int fills = 0;
    for (RecordedEvent recorded : events) {
      switch (recorded.event()) {
        case DaySettled settled -> {
          Settlement s = settled.settlement();
          dates.add(s.date());
          navs.add(s.nav());
          snapshots.add(
              new PositionSnapshot(
                  s.date(), s.longValue(), s.shortValue(), s.nav(), s.tradedNotional()));
        }
        case OrderFilled filled -> {
          fills++;
          closedPnl(replay, filled.fill()).ifPresent(closedTrades::add);
          replay.apply(filled.fill());
        }
        case OrderClamped clamped -> clamps++;
        default -> {}
      }
    }
    MetricConventions d = MetricConventions.DEFAULT;
    MetricConventions conventions =
        new MetricConventions(
            d.periodsPerYear(),
            d.annualRiskFreeRate(),
            d.bootstrapResamples(),
            d.bootstrapMeanBlockLength(),
            d.confidenceLevel(),
            config.seed());
    List<StrategyResult> baselines = new ArrayList<>();
    if (!dates.isEmpty()) {
      outcome
          .baselines()
          .forEach(
              (name, baseline) ->
                  baselines.add(
                      new StrategyResult(
                          name,
                          PerformanceReport.of(baseline.history(), conventions),
                          baseline.history())));
    }
    NavSeries team = new NavSeries(dates, navs);
    return new RunSummary(
        outcome.run().runId(),
        config.mode(),
        config.tickers(),
        config.start(),
        config.end(),
        config.initialCash(),
        source,
        new StrategyResult(
            StrategyResult.TEAM,
            PerformanceReport.of(team, closedTrades, snapshots, conventions),
            team),
        baselines,
        snapshots,
        outcome.projection().leaderboardEntries(),
        spending(gate, config, outcome),
        clamps,
        fills,
        outcome.run().root());
  }

  /** Returns the realised P&L of a fill that closes shares, net of its commission. */
  private static Optional<Double> closedPnl(Portfolio before, Fill fill) {
    Position p = before.position(fill.ticker());
    if (fill.side() == Side.SELL) {
      return Optional.of((fill.price() - p.longCostBasis()) * fill.quantity() - fill.commission());
    }
    if (fill.side() == Side.COVER) {
      return Optional.of((p.shortCostBasis() - fill.price()) * fill.quantity() - fill.commission());
    }
    return Optional.empty();
  }

  private static ModelSpending spending(ModelGate gate, RunConfig config, RunOutcome outcome) {
    List<AgentSpending> agents = new ArrayList<>();
    gate.ledger()
        .byAgent()
        .forEach(
            (agent, s) ->
                agents.add(
                    new AgentSpending(
                        agent,
                        s.calls(),
                        s.cachedCalls(),
                        s.tokens().inputTokens(),
                        s.tokens().outputTokens(),
                        s.costUsd().doubleValue())));
    RunConfig.Budget budget =
        config.budget() == null ? new RunConfig.Budget(null, null) : config.budget();
    return new ModelSpending(agents, budget, "budget_exhausted".equals(outcome.status()));
  }
}
