package org.evotraders.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.evotraders.gateway.Gateway;
import org.evotraders.gateway.GatewayConfig;
import org.evotraders.gateway.feed.RunReplay;
import org.evotraders.pipeline.runs.RunDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Serves a finished run to WebSocket clients as if it were running: its events are published paced
 * by their recorded run-clock times divided by the speed, then the gateway stays up until Ctrl-C.
 */
@Command(
    name = "replay",
    description = "Serve a finished run's events over the WebSocket gateway, paced by their times.")
final class ReplayCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ServingOptions serving;

  @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run folder's name.")
  String runId;

  @Option(
      names = "--speed",
      defaultValue = "86400",
      paramLabel = "X",
      description =
          "Run-clock seconds per second (default 86400: a simulated day per second); 0 or max for as fast as possible.")
  String speed;

  @Override
  public Integer call() throws InterruptedException {
    RunDirectory run = RunDirectory.existing(serving.runsDir, runId);
    double rate = rate(speed);
    RunReplay replay = RunReplay.of(run, rate);
    Gateway gateway =
        Gateway.start(
            GatewayConfig.defaults().withAddress(serving.host, serving.port), replay.feed());
    Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "gateway-stop"));
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "evotraders: replaying run %s (%s) on ws://%s:%d/ ; Ctrl-C to stop%n",
        run.runId(),
        rate == 0 ? "as fast as possible" : "speed " + speed,
        serving.host,
        gateway.port());
    err.flush();
    replay.start();
    replay.awaitFinished();
    err.println("evotraders: replay finished; still serving the final state");
    err.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  private static double rate(String speed) {
    if ("max".equalsIgnoreCase(speed)) {
      return 0;
    }
    try {
      double rate = Double.parseDouble(speed);
      if (rate >= 0 && !Double.isInfinite(rate)) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--speed '%s' is not a rate: give a positive number (e.g. 3600), or 0 or max for as fast as possible"
            .formatted(speed));
  }
}
