package org.evotraders.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.evotraders.gateway.Gateway;
import org.evotraders.gateway.GatewayConfig;
import org.evotraders.gateway.feed.SwitchableFeed;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * Standalone mode's composition: one process runs the gateway (WebSocket stream, dashboard at
 * {@code /}, REST API under /api) and the runs it streams, one at a time. The gateway outlives the
 * runs: each new run or replay becomes the one clients see.
 */
final class Standalone implements AutoCloseable {

  /**
   * How to compose it.
   *
   * @param host the interface to bind, 127.0.0.1 unless opened wider
   * @param port the port; 0 picks a free one
   * @param base the run options a dashboard's request does not override
   * @param pace wall-clock time after each day of a mock run
   */
  record Settings(
      String host,
      int port,
      Path runsDir,
      Path dataDir,
      Map<String, String> env,
      RunConfig base,
      Duration pace) {}

  private final Gateway gateway;
  private final StandaloneRuns runs;
  private final String host;

  private Standalone(Gateway gateway, StandaloneRuns runs, String host) {
    this.gateway = gateway;
    this.runs = runs;
    this.host = host;
  }

  /** Starts the gateway with no run yet; start runs through {@link #runs()}. */
  static Standalone start(Settings settings) {
    SwitchableFeed feed = new SwitchableFeed(settings.base().initialCash());
    StandaloneRuns runs =
        new StandaloneRuns(
            new RunLauncher(settings.dataDir(), settings.env()),
            settings.runsDir(),
            feed,
            settings.base(),
            settings.env(),
            settings.pace());
    Gateway gateway =
        Gateway.start(
            GatewayConfig.defaults().withAddress(settings.host(), settings.port()).withRuns(runs),
            feed);
    return new Standalone(gateway, runs, settings.host());
  }

  /** Returns the run control: start, stop, replay, list. */
  StandaloneRuns runs() {
    return runs;
  }

  /** Returns the port listened on. */
  int port() {
    return gateway.port();
  }

  /** Returns the dashboard's address, http://host:port/. */
  String dashboardUrl() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + gateway.port() + "/";
  }

  /** How long closing waits for the run under way to reach its day boundary. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** Stops the run under way at its next day boundary (waiting a while) and closes the gateway. */
  @Override
  public void close() {
    runs.stopAll(STOP_GRACE);
    gateway.close();
  }
}
