package org.evotraders.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.cli.RunLauncher;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * The full six-agent team on the offline model, launched as the backtest command does: two
 * conference rounds, the event log, the state files and the team_dashboard exports; long-term
 * memory on or off. Each run gets a new run folder under {@code scratch}.
 */
final class TeamRun {

  /** What one run left: its event log's size and how many days it ran. */
  record Result(Path folder, long eventLogBytes, int daysRun) {

    /** Deletes the run folder, so long benchmarks do not fill the disk. */
    void discard() {
      ScratchFolder.delete(folder);
    }
  }

  private static final Map<String, String> NO_KEYS = Map.of();

  private final HistoryWindow window;
  private final boolean memory;
  private final ScratchFolder scratch;

  TeamRun(HistoryWindow window, boolean memory, ScratchFolder scratch) {
    this.window = window;
    this.memory = memory;
    this.scratch = scratch;
  }

  /** Runs the team once over the whole window. */
  Result run() {
    RunLauncher launcher = new RunLauncher(scratch.resolve("data"), NO_KEYS);
    RunDirectory run = launcher.create(scratch.resolve("runs"), config(), "");
    RunLauncher.Launched launched = launcher.launch(run, false, progress -> {});
    if (!"completed".equals(launched.outcome().status())) {
      throw new IllegalStateException(
          "the benchmark run stopped early: " + launched.outcome().reason());
    }
    try {
      return new Result(run.root(), Files.size(run.events()), launched.outcome().daysRun());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + run.events(), e);
    }
  }

  /** The backtest command's defaults, on the window's CSV folder. */
  private RunConfig config() {
    ModelSettings settings = ModelSettings.from(NO_KEYS);
    Map<String, RunConfig.AgentModel> models = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      ModelSpec spec = settings.specFor(role.id());
      models.put(role.id(), new RunConfig.AgentModel(spec.provider(), spec.name()));
    }
    return new RunConfig(
        "backtest",
        "csv:" + window.folder(),
        window.tickers(),
        window.start(),
        window.end(),
        100_000,
        0.25,
        new TradingCosts(0.005, 0, 0, 5),
        "next_open",
        "SPY",
        2,
        new RunConfig.Risk(0.20, 1.5),
        models,
        null,
        42,
        memory);
  }
}
