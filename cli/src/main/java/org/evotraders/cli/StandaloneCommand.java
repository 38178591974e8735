package org.evotraders.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.evotraders.gateway.GatewayConfig;
import org.evotraders.models.provider.ModelSettings;
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

  @Mixin RunOptions options;

  @Mixin DataDirectory dataDirectory;

  @Option(
      names = "--mode",
      defaultValue = "mock",
      description = "mock (default: the synthetic market, paced), backtest or live.")
  String mode;

  @Option(
      names = {"-p", "--port"},
      defaultValue = "8765",
      description = "Port of the gateway and dashboard (default 8765).")
  int port;

  @Option(
      names = "--host",
      defaultValue = GatewayConfig.DEFAULT_HOST,
      description = "Interface to listen on (default 127.0.0.1; 0.0.0.0 for every one).")
  String host;

  @Option(
      names = "--runs-dir",
      defaultValue = "runs",
      paramLabel = "DIR",
      description = "Folder of the run folders (default ./runs).")
  Path runsDir;

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
                host, port, runsDir, dataDirectory.path(), env, base, paceOf(pace)));
    Runtime.getRuntime().addShutdownHook(new Thread(standalone::close, "standalone-stop"));
    PrintWriter err = spec.commandLine().getErr();
    err.println("evotraders: dashboard at " + standalone.dashboardUrl() + " ; Ctrl-C to stop");
    RunDirectory run = new RunLauncher(dataDirectory.path(), env).create(runsDir, base, "");
    err.printf("evotraders: %s run %s in %s%n", base.mode(), run.runId(), run.root());
    err.flush();
    ProgressLine progress = new ProgressLine(err);
    standalone
        .runs()
        .launch(run, true, progress::show)
        .whenComplete(
            (launched, failure) -> {
              progress.finish();
              if (launched != null) {
                launched.gate().close();
              }
              err.println(
                  failure == null
                      ? "evotraders: run %s %s; still serving until Ctrl-C"
                          .formatted(run.runId(), launched.outcome().status())
                      : "evotraders: run %s failed: %s".formatted(run.runId(), failure));
              err.flush();
            });
    new CountDownLatch(1).await();
    return 0;
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
      case "live" ->
          throw new IllegalArgumentException(
              "--mode live needs live paper trading, which this build does not have yet: use --mode mock or --mode backtest");
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
