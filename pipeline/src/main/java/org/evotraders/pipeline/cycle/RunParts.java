package org.evotraders.pipeline.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.core.event.TeamMember;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.models.cost.Budget;
import org.evotraders.pipeline.projection.ProjectionFiles;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * What a run is made of, whatever keeps its clock: a simulated run and a live run take the same
 * parts and differ only in how their days come and where their session prices come from.
 *
 * @param source the market data behind the team's point-in-time views
 * @param members the agents named in run_started
 * @param files builds the writer of state files and exports once the run's projection exists
 * @param progress told after every completed day
 */
public record RunParts(
    RunDirectory run,
    RunConfig config,
    MarketData source,
    Team team,
    TeamSetup setup,
    Budget budget,
    List<TeamMember> members,
    ProjectionFilesFactory files,
    Consumer<DayProgress> progress) {

  /** Builds the projection writer of a run once its projection exists. */
  @FunctionalInterface
  public interface ProjectionFilesFactory {
    ProjectionFiles of(RunProjection projection);
  }

  public RunParts {
    members = List.copyOf(members);
  }

  /** Returns the run's run_started event for a run (or resumption) whose first date is start. */
  public RunStarted started(LocalDate start, boolean resumed) {
    return new RunStarted(
        run.runId(),
        config.mode(),
        config.tickers(),
        start,
        config.end(),
        config.initialCash(),
        members,
        RunConfig.budgetOf(config),
        resumed);
  }

  /**
   * Returns the run's daily cycle, recording with {@code recorder}, trading at {@code market}'s
   * prices, the portfolio manager reading the analysts' {@code trackRecords}.
   */
  public DailyCycle cycle(
      RunRecorder recorder, SessionMarket market, Supplier<Map<String, TrackRecord>> trackRecords) {
    return new DailyCycle(
        team,
        setup,
        recorder,
        source,
        market,
        config.tickers(),
        config.maxCommCycles(),
        trackRecords);
  }
}
