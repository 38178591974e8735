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
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.QuoteSource;
import org.evotraders.data.synthetic.SyntheticMarket;
import org.evotraders.data.synthetic.SyntheticQuotes;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.cost.BudgetLimit;
import org.evotraders.models.gate.ModelGate;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.models.provider.ProviderDirectory;
import org.evotraders.pipeline.cycle.DayProgress;
import org.evotraders.pipeline.cycle.RunOutcome;
import org.evotraders.pipeline.cycle.RunParts;
import org.evotraders.pipeline.cycle.SimulatedRun;
import org.evotraders.pipeline.cycle.Team;
import org.evotraders.pipeline.live.AcceleratedClock;
import org.evotraders.pipeline.live.DecisionTime;
import org.evotraders.pipeline.live.LiveRun;
import org.evotraders.pipeline.live.LiveSettings;
import org.evotraders.pipeline.live.RunClock;
import org.evotraders.pipeline.live.WallClock;
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

  /** The source {@link #create} opened and checked, kept for the launch of the run it created. */
  private Created created;

  public RunLauncher(Path dataDir, Map<String, String> env) {
    this.dataDir = dataDir;
    this.env = env;
  }

  /**
   * Checks that the data source has prices of every ticker in the run's window, then creates the
   * run folder with its BOOTSTRAP.md; nothing runs yet.
   */
  public RunDirectory create(Path runsDir, RunConfig config, String runPrompt) {
    MarketDataSource source =
        MarketDataSource.open(config.data(), dataDir, env, config.seed(), withBenchmark(config));
    try {
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
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
    RunDirectory run;
    try {
      run = RunDirectory.create(runsDir, LocalDateTime.now());
      new Bootstrap(config, runPrompt).write(run.bootstrap());
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
    keep(new Created(run.root(), config.data(), config.seed(), withBenchmark(config), source));
    return run;
  }

  /**
   * A source {@link #create} opened for a run. A source that holds nothing open (CSV files, the
   * synthetic market) is handed to the run's launch, so that the files it parsed for the check are
   * not parsed again; one holding a database is closed at once.
   */
  private record Created(
      Path run, String spec, long seed, List<String> tickers, MarketDataSource source) {

    boolean opens(Path root, RunConfig config) {
      return run.equals(root)
          && spec.equals(config.data())
          && seed == config.seed()
          && tickers.equals(withBenchmark(config));
    }
  }

  private synchronized void keep(Created opened) {
    if (opened.source().store() != null) {
      opened.source().close();
      return;
    }
    created = opened;
  }

  /** Returns the source {@link #create} kept for {@code run}, or opens the one its config names. */
  private MarketDataSource sourceFor(RunDirectory run, RunConfig config) {
    synchronized (this) {
      Created kept = created;
      created = null;
      if (kept != null && kept.opens(run.root(), config)) {
        return kept.source();
      }
    }
    return MarketDataSource.open(config.data(), dataDir, env, config.seed(), withBenchmark(config));
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
    Prepared prepared = prepare(run, useModelCache, SimulatedRun::historyStart);
    RunConfig config = prepared.config();
    try (MarketDataSource source = sourceFor(run, config)) {
      RunOutcome outcome =
          new SimulatedRun(prepared.parts(run, source.marketData(), progress))
              .onLogOpened(opened)
              .stopWhen(stop)
              .execute();
      return new Launched(config, source.name(), outcome, prepared.gate());
    }
  }

  /** What every kind of run needs, built from its BOOTSTRAP.md: the team with its model gate. */
  private record Prepared(
      RunConfig config,
      ModelGate gate,
      TeamSetup setup,
      Team team,
      List<TeamMember> members,
      RunParts.ProjectionFilesFactory files) {

    /** Returns the parts of {@code run} over {@code source}, telling {@code progress} each day. */
    RunParts parts(RunDirectory run, MarketData source, Consumer<DayProgress> progress) {
      return new RunParts(
          run, config, source, team, setup, gate.budget(), members, files, progress);
    }
  }

  private Prepared prepare(
      RunDirectory run,
      boolean useModelCache,
      java.util.function.Function<RunConfig, java.time.LocalDate> historyStart) {
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
            historyStart.apply(config));
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
    return new Prepared(
        config,
        modelGate,
        setup,
        team,
        members,
        projection -> new ProjectionFiles(projection, exports, java.time.Clock.systemUTC()));
  }

  /**
   * Prepares a live (paper) run, or with {@code mock} a run on the synthetic market ticking
   * intraday on an accelerated clock ({@code sessionSeconds} of wall time per trading session). The
   * caller starts it, streams it through {@code opened}, stops it, and closes the returned launch.
   */
  public LiveLaunch live(
      RunDirectory run,
      boolean mock,
      DecisionTime decisions,
      java.time.Duration pollInterval,
      double sessionSeconds,
      Consumer<DayProgress> progress,
      SimulatedRun.LogListener opened) {
    Prepared prepared = prepare(run, true, LiveRun::historyStart);
    RunConfig config = prepared.config();
    MarketDataSource source = sourceFor(run, config);
    RunClock clock;
    QuoteSource quotes;
    if (mock) {
      if (!(source.marketData() instanceof SyntheticMarket market)) {
        source.close();
        throw new IllegalArgumentException("a mock live run needs --data mock");
      }
      AcceleratedClock accelerated =
          new AcceleratedClock(
              decisions.on(config.start()).minusSeconds(60),
              AcceleratedClock.speedFor(
                  java.time.Duration.ofMinutes(390),
                  java.time.Duration.ofMillis((long) (sessionSeconds * 1000))));
      clock = accelerated;
      quotes = new SyntheticQuotes(market, accelerated::now);
    } else {
      try {
        quotes = LiveQuoteSource.open(config.data(), env);
      } catch (IllegalArgumentException e) {
        source.close();
        throw e;
      }
      clock = new WallClock();
    }
    LiveRun liveRun =
        new LiveRun(
                prepared.parts(run, source.marketData(), progress),
                new LiveSettings(clock, quotes, decisions, pollInterval))
            .onLogOpened(opened);
    return new LiveLaunch(config, liveRun, prepared.gate(), source);
  }

  /** A prepared live run with what it holds open until it ends. */
  public record LiveLaunch(RunConfig config, LiveRun run, ModelGate gate, MarketDataSource source)
      implements AutoCloseable {
    @Override
    public void close() {
      gate.close();
      source.close();
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
