package org.evotraders.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.evotraders.agents.Role;
import org.evotraders.agents.memory.MiniLmEmbedder;
import org.evotraders.agents.memory.TeamMemory;
import org.evotraders.agents.offline.TeamRules;
import org.evotraders.agents.prompts.PromptLibrary;
import org.evotraders.agents.risk.PositionLimits;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.event.TeamMember;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.cost.BudgetLimit;
import org.evotraders.models.gate.ModelGate;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.models.provider.ProviderDirectory;
import org.evotraders.pipeline.cycle.DayProgress;
import org.evotraders.pipeline.cycle.RunOutcome;
import org.evotraders.pipeline.cycle.SimulatedRun;
import org.evotraders.pipeline.cycle.Team;
import org.evotraders.pipeline.projection.ProjectionFiles;
import org.evotraders.pipeline.runs.Bootstrap;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * Wires a run from its configuration: market data, the model gate, the team with its prompts and
 * memory, the projection files; the one place that chooses adapters. Also serves a resumed run,
 * from the configuration in its BOOTSTRAP.md.
 */
public final class RunLauncher {

  /** The model response cache inside the data directory. */
  static final String MODEL_CACHE = "model-responses.db";

  private final Path dataDir;
  private final Map<String, String> env;

  public RunLauncher(Path dataDir, Map<String, String> env) {
    this.dataDir = dataDir;
    this.env = env;
  }

  /**
   * Checks that the data source has prices of every ticker in the run's window, then creates the
   * run folder with its BOOTSTRAP.md; nothing runs yet.
   */
  public RunDirectory create(Path runsDir, RunConfig config, String runPrompt) {
    try (MarketDataSource source =
        MarketDataSource.open(config.data(), dataDir, env, config.seed(), withBenchmark(config))) {
      List<String> missing =
          config.tickers().stream()
              .filter(
                  t ->
                      source
                          .marketData()
                          .bars(t, config.start().minusDays(10), config.end())
                          .isEmpty())
              .toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "no prices for %s from %s to %s in %s: check the tickers or the data source"
                .formatted(
                    String.join(", ", missing), config.start(), config.end(), source.name()));
      }
    }
    RunDirectory run = RunDirectory.create(runsDir, LocalDateTime.now());
    new Bootstrap(config, runPrompt).write(run.bootstrap());
    return run;
  }

  /** Runs (or resumes) {@code run} to its end. */
  public Launched launch(RunDirectory run, boolean useModelCache, Consumer<DayProgress> progress) {
    return launch(run, useModelCache, progress, (log, projection) -> {}, () -> false);
  }

  /**
   * Runs (or resumes) {@code run} to its end, or to the day boundary after {@code stop} answers
   * true; {@code opened} sees its event log before the first append (to stream it).
   */
  public Launched launch(
      RunDirectory run,
      boolean useModelCache,
      Consumer<DayProgress> progress,
      SimulatedRun.LogListener opened,
      BooleanSupplier stop) {
    Bootstrap bootstrap = Bootstrap.read(run.bootstrap());
    RunConfig config = bootstrap.config();
    ModelSettings settings = ModelSettings.from(env);
    Map<Role, ModelSpec> models = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      RunConfig.AgentModel model = config.models().get(role.id());
      models.put(
          role,
          model == null
              ? settings.specFor(role.id())
              : new ModelSpec(model.provider(), model.name()));
    }
    ModelGate.Builder gate =
        ModelGate.builder(ProviderDirectory.from(settings, new TeamRules())::provider)
            .limits(GateSettings.limits(env))
            .budget(budgetOf(config.budget()));
    boolean online = models.values().stream().anyMatch(spec -> !spec.isOffline());
    if (useModelCache && online) {
      gate.cacheFile(dataDir.resolve(MODEL_CACHE));
    }
    ModelGate modelGate = gate.build();
    GateSettings.restoreSpending(modelGate.ledger(), EventLog.read(run.events()));
    TeamSetup setup =
        new TeamSetup(
            modelGate,
            PromptLibrary.install(run.root().resolve("agents")),
            models,
            bootstrap.prompt());
    TeamMemory memory = config.memory() ? TeamMemory.open(run.root(), new MiniLmEmbedder()) : null;
    Team team =
        Team.of(
            setup,
            new PositionLimits(
                config.risk().basePositionFraction(), config.risk().grossExposureCap()),
            memory,
            SimulatedRun.historyStart(config));
    List<TeamMember> members =
        java.util.Arrays.stream(Role.values())
            .map(
                r ->
                    new TeamMember(
                        r.id(),
                        r.displayName(),
                        r.displayName(),
                        models.get(r).provider(),
                        models.get(r).name()))
            .toList();
    boolean exports = ProjectionFiles.dashboardExportsEnabled(env);
    try (MarketDataSource source =
        MarketDataSource.open(config.data(), dataDir, env, config.seed(), withBenchmark(config))) {
      RunOutcome outcome =
          new SimulatedRun(
                  run,
                  config,
                  source.marketData(),
                  team,
                  setup,
                  modelGate.budget(),
                  members,
                  projection ->
                      new ProjectionFiles(projection, exports, java.time.Clock.systemUTC()),
                  progress)
              .onLogOpened(opened)
              .stopWhen(stop)
              .execute();
      return new Launched(config, source.name(), outcome, modelGate);
    }
  }

  /** A finished launch: the configuration, the data source's name, the outcome and the gate. */
  public record Launched(RunConfig config, String source, RunOutcome outcome, ModelGate gate) {}

  private static List<String> withBenchmark(RunConfig config) {
    return config.tickers().contains(config.benchmark())
        ? config.tickers()
        : java.util.stream.Stream.concat(
                config.tickers().stream(), java.util.stream.Stream.of(config.benchmark()))
            .toList();
  }

  private static BudgetLimit budgetOf(RunConfig.Budget budget) {
    if (budget == null) {
      return BudgetLimit.none();
    }
    return new BudgetLimit(
        budget.maxTokens(), budget.maxUsd() == null ? null : BigDecimal.valueOf(budget.maxUsd()));
  }
}
