package org.evotraders.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.pipeline.cycle.RunOutcome;
import org.evotraders.pipeline.live.DecisionTime;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Standalone mode: one process serves the dashboard, the WebSocket stream and the REST API, and
 * runs the team, starting with a run in the chosen mode; the dashboard can start, stop and replay
 * runs after it. Stays up until Ctrl-C.
 */
@Command(
    name = "standalone",
    description =
        "Serve the dashboard and run the team in one process, starting with a run in the given mode.")
final class StandaloneCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ServingOptions serving;

  @Mixin RunOptions options;

  @Mixin DataDirectory dataDirectory;

  @Option(
      names = "--mode",
      defaultValue = "mock",
      description =
          "mock (default: the synthetic market), backtest or live (paper trading on the quotes of"
              + " --data financialdatasets, else of Finnhub, FINNHUB_API_KEY).")
  String mode;

  @Option(
      names = "--session-seconds",
      defaultValue = "0",
      paramLabel = "SECONDS",
      description =
          "Mock mode: wall-clock seconds per trading session, ticking intraday prices on a clock"
              + " faster than real time (default 0: whole days, paced by --pace).")
  double sessionSeconds;

  @Option(
      names = "--time",
      defaultValue = "09:00",
      paramLabel = "now|HH:MM",
      description =
          "Live and intraday mock: when the team decides each trading day, New York time"
              + " (default 09:00; now = at once, then daily at 09:00).")
  String decisionTime;

  @Option(
      names = "--poll-interval",
      defaultValue = "10",
      paramLabel = "SECONDS",
      description = "Live and intraday mock: seconds between quote polls (default 10).")
  double pollSeconds;

  @Option(
      names = "--pace",
      defaultValue = "1",
      paramLabel = "SECONDS",
      description = "Wall-clock seconds after each day of a mock run (default 1; 0 for none).")
  double pace;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = Main.environment(spec);
    ModelSettings settings = ModelSettings.from(env);
    settings.validate();
    RunConfig base = baseConfig(env, settings);
    Standalone standalone =
        Standalone.start(
            new Standalone.Settings(
                serving.host,
                serving.port,
                serving.runsDir,
                dataDirectory.path(),
                env,
                base,
                paceOf(pace)));
    Runtime.getRuntime().addShutdownHook(new Thread(standalone::close, "standalone-stop"));
    PrintWriter err = spec.commandLine().getErr();
    err.println("evotraders: dashboard at " + standalone.dashboardUrl() + " ; Ctrl-C to stop");
    LiveTiming live = liveTiming();
    RunConfig first = live == null ? base : live.configure(base);
    RunLauncher launcher = new RunLauncher(dataDirectory.path(), env);
    RunDirectory run = launcher.create(serving.runsDir, first, "");
    err.printf("evotraders: %s run %s in %s%n", first.mode(), run.runId(), run.root());
    err.flush();
    ProgressLine progress = new ProgressLine(err);
    if (live == null) {
      standalone
          .runs()
          .launch(run, true, progress::show)
          .whenComplete(
              (launched, failure) -> {
                if (launched != null) {
                  launched.gate().close();
                }
                ended(err, progress, run, launched == null ? null : launched.outcome(), failure);
              });
    } else {
      standalone
          .runs()
          .launchLive(
              run,
              opened ->
                  launcher.live(
                      run,
                      live.mock(),
                      live.decisions(),
                      live.poll(),
                      sessionSeconds,
                      progress::show,
                      opened))
          .whenComplete((outcome, failure) -> ended(err, progress, run, outcome, failure));
    }
    new CountDownLatch(1).await();
    return 0;
  }

  private static void ended(
      PrintWriter err,
      ProgressLine progress,
      RunDirectory run,
      RunOutcome outcome,
      Throwable failure) {
    progress.finish();
    err.println(
        failure == null
            ? "evotraders: run %s %s; still serving until Ctrl-C"
                .formatted(run.runId(), outcome.status())
            : "evotraders: run %s failed: %s".formatted(run.runId(), failure));
    err.flush();
  }

  /** Returns how a live or intraday mock run keeps time, or null for a run over whole days. */
  private LiveTiming liveTiming() {
    boolean intradayMock = "mock".equals(mode) && sessionSeconds > 0;
    if (!"live".equals(mode) && !intradayMock) {
      return null;
    }
    if (!(pollSeconds > 0)) {
      throw new IllegalArgumentException("--poll-interval must be a positive number of seconds");
    }
    return new LiveTiming(
        !"live".equals(mode),
        DecisionTime.parse(decisionTime),
        Duration.ofMillis(Math.round(pollSeconds * 1000)));
  }

  /** Returns the first run's configuration; the mode decides its market data. */
  private RunConfig baseConfig(Map<String, String> env, ModelSettings settings) {
    return switch (mode) {
      case "mock" -> {
        RunConfig config = options.resolve(env, settings);
        if (!"mock".equals(config.data())) {
          throw new IllegalArgumentException(
              "--mode mock runs on the synthetic market: drop --data %s, or use --mode backtest"
                  .formatted(config.data()));
        }
        yield config;
      }
      case "backtest" -> options.resolve(env, settings);
      case "live" -> {
        RunConfig config = options.resolve(env, settings);
        if ("mock".equals(config.data())) {
          throw new IllegalArgumentException(
              "--mode live decides on provider data: add --data financialdatasets, finnhub or"
                  + " cache, or use --mode mock");
        }
        LiveQuoteSource.requireKey(config.data(), Main.environment(spec));
        yield config;
      }
      default ->
          throw new IllegalArgumentException(
              "--mode '" + mode + "' is not a mode: use mock, backtest or live");
    };
  }

  static Duration paceOf(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException(
          "--pace " + seconds + " is not a time: give seconds, e.g. 1, or 0 for none");
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
