package org.evotraders.gateway;

import java.time.Duration;

/**
 * How a gateway listens and protects itself.
 *
 * @param host the interface to bind: 127.0.0.1 unless the operator opens it wider
 * @param port the port; 0 picks a free one (tests)
 * @param queueCapacity the most deliveries one client may be behind before it is dropped
 * @param maxRequestChars the longest client message answered; longer ones get an error
 * @param dropGrace how long a dropped client gets to read the notice before its socket is cut
 * @param backtests what serves start_backtest, or null when this gateway cannot start runs
 * @param runs what serves the REST API under /api (list, start, stop, equity, replay), or null when
 *     this gateway serves one run; {@link #withRuns} lets start_backtest start runs through it
 */
public record GatewayConfig(
    String host,
    int port,
    int queueCapacity,
    int maxRequestChars,
    Duration dropGrace,
    BacktestStarter backtests,
    RunControl runs) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8765;

  public GatewayConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not a TCP port (0-65535)");
    }
    if (queueCapacity < 1 || maxRequestChars < 1) {
      throw new IllegalArgumentException(
          "a client queue (%d) and a request (%d chars) must hold at least one"
              .formatted(queueCapacity, maxRequestChars));
    }
  }

  /** Returns the defaults: 127.0.0.1:8765, 4,096 deliveries per client, 64 KiB requests. */
  public static GatewayConfig defaults() {
    return new GatewayConfig(
        DEFAULT_HOST, DEFAULT_PORT, 4_096, 65_536, Duration.ofSeconds(5), null, null);
  }

  public GatewayConfig withAddress(String host, int port) {
    return new GatewayConfig(
        host, port, queueCapacity, maxRequestChars, dropGrace, backtests, runs);
  }

  public GatewayConfig withQueueCapacity(int capacity) {
    return new GatewayConfig(host, port, capacity, maxRequestChars, dropGrace, backtests, runs);
  }

  public GatewayConfig withDropGrace(Duration grace) {
    return new GatewayConfig(host, port, queueCapacity, maxRequestChars, grace, backtests, runs);
  }

  public GatewayConfig withBacktests(BacktestStarter starter) {
    return new GatewayConfig(host, port, queueCapacity, maxRequestChars, dropGrace, starter, runs);
  }

  /** Serves the REST API with {@code control}, and start_backtest by starting a run through it. */
  public GatewayConfig withRuns(RunControl control) {
    BacktestStarter starter =
        request -> {
          try {
            return RunRequest.startedReply(control.start(RunRequest.fromBacktestMessage(request)));
          } catch (RunControl.RunConflict busy) {
            // the client sees it as a request it cannot make now, with the reason
            throw new IllegalArgumentException(busy.getMessage(), busy);
          }
        };
    return new GatewayConfig(
        host, port, queueCapacity, maxRequestChars, dropGrace, starter, control);
  }
}
