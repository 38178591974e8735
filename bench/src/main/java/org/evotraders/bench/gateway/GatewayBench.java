package org.evotraders.bench.gateway;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.gateway.Gateway;
import org.evotraders.gateway.GatewayConfig;
import org.evotraders.gateway.feed.RunReplay;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * The gateway's figures. A ten-ticker mock run is made by a child JVM running {@code evotraders
 * backtest} (its peak resident memory read from /proc); that run is replayed at full speed to 200
 * WebSocket clients in this JVM (p99 time from publication to receipt, events lost); and a child
 * JVM running {@code evotraders replay} is timed from process start to its first initial_state.
 */
public final class GatewayBench {

  static final List<String> TICKERS =
      List.of("AAPL", "MSFT", "GOOGL", "NVDA", "TSLA", "META", "AMZN", "JPM", "V", "NFLX");
  static final int CLIENTS = 200;

  private final PrintStream out;
  private final Path scratch;

  private GatewayBench(PrintStream out, Path scratch) {
    this.out = out;
    this.scratch = scratch;
  }

  /** Runs the three measurements in {@code scratch} (created if missing) and prints them. */
  public static void run(PrintStream out, Path scratch) throws Exception {
    Files.createDirectories(scratch);
    new GatewayBench(out, scratch).measure();
  }

  public static void main(String[] args) throws Exception {
    Path scratch =
        args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("evotraders-gateway-bench");
    run(System.out, scratch);
  }

  private void measure() throws Exception {
    out.println("Gateway");
    Path runs = scratch.resolve("runs");
    ChildJvm backtest =
        ChildJvm.start(
            "backtest",
            "--data",
            "mock",
            "--tickers",
            String.join(",", TICKERS),
            "--runs-dir",
            runs.toString(),
            "--data-dir",
            scratch.resolve("data").toString());
    long peakRss = backtest.awaitExitTrackingRss(Duration.ofMinutes(10));
    line(
        "10-ticker mock run, peak resident memory",
        "%,d MB (target < 400 MB); wall %.1f s",
        peakRss / 1024,
        backtest.seconds());
    RunDirectory run = onlyRun(runs);
    fanOut(run, 0, "200 clients, full-speed replay");
    List<RecordedEvent> events = EventLog.read(run.events());
    double span = Duration.between(events.getFirst().at(), events.getLast().at()).toSeconds();
    fanOut(run, span / backtest.seconds(), "200 clients, replay at the run's own pace");
    startup(run, runs);
  }

  /** 200 clients on a replay at {@code speed} (0: full speed): delivery latency and losses. */
  private void fanOut(RunDirectory run, double speed, String label) throws Exception {
    RunReplay replay = RunReplay.of(run, speed);
    long lastSeq = EventLog.read(run.events()).size();
    long[] published = new long[(int) lastSeq + 1];
    replay.feed().subscribe(delivery -> published[(int) delivery.seq()] = System.nanoTime());
    try (Gateway gateway =
            Gateway.start(GatewayConfig.defaults().withAddress("127.0.0.1", 0), replay.feed());
        BenchClients clients = new BenchClients(gateway.port(), CLIENTS, lastSeq)) {
      clients.awaitInitialState(Duration.ofSeconds(30));
      long start = System.nanoTime();
      replay.start();
      boolean complete = clients.awaitLastEvent(Duration.ofMinutes(2));
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] latencies = clients.latencies(published);
      line(
          label,
          "%,d events in %.2f s (%,.0f events/s, %,.0f deliveries/s)%s",
          lastSeq,
          seconds,
          lastSeq / seconds,
          lastSeq * CLIENTS / seconds,
          complete ? "" : " - NOT COMPLETE");
      line(
          "  delivery latency",
          "p50 %.1f ms, p99 %.1f ms (target < 50 ms), max %.1f ms",
          percentile(latencies, 0.50),
          percentile(latencies, 0.99),
          percentile(latencies, 1.0));
      line("  events lost", "%,d of %,d (target 0)", clients.lost(), lastSeq * CLIENTS);
    }
  }

  /** A child JVM's time from process start to a client's first initial_state. */
  private void startup(RunDirectory run, Path runs) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int port = freePort();
      ChildJvm replay =
          ChildJvm.start(
              "replay",
              run.runId(),
              "--speed",
              "max",
              "--port",
              Integer.toString(port),
              "--runs-dir",
              runs.toString());
      try {
        firstInitialState(port, Duration.ofSeconds(30));
        times.add(replay.seconds());
      } finally {
        replay.stop();
      }
    }
    times.sort(null);
    line(
        "evotraders replay, start to initial_state",
        "median %.0f ms of %s (target < 1,500 ms)",
        times.get(1) * 1000,
        times.stream().map(t -> "%.0f".formatted(t * 1000)).toList());
  }

  /** Connects as soon as the port answers and waits for the initial_state message. */
  private static void firstInitialState(int port, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpClient http = HttpClient.newHttpClient();
    while (System.nanoTime() < deadline) {
      CompletableFuture<String> first = new CompletableFuture<>();
      try {
        WebSocket socket =
            http.newWebSocketBuilder()
                .buildAsync(
                    URI.create("ws://127.0.0.1:" + port + "/"),
                    new WebSocket.Listener() {
                      private final StringBuilder text = new StringBuilder();

                      @Override
                      public CompletionStage<?> onText(
                          WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                          first.complete(text.toString());
                        }
                        ws.request(1);
                        return null;
                      }
                    })
                .get(5, TimeUnit.SECONDS);
        String message = first.get(10, TimeUnit.SECONDS);
        socket.abort();
        if (!message.startsWith("{\"type\":\"initial_state\"")) {
          throw new IllegalStateException("the first message was not initial_state");
        }
        return;
      } catch (java.util.concurrent.ExecutionException notYet) {
        Thread.sleep(5);
      }
    }
    throw new IllegalStateException("no initial_state on port " + port + " within " + timeout);
  }

  private static RunDirectory onlyRun(Path runs) throws IOException {
    try (Stream<Path> folders = Files.list(runs)) {
      Path folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
      return RunDirectory.existing(runs, folder.getFileName().toString());
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port", e);
    }
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(index, 0)] / 1e6;
  }

  private void line(String label, String format, Object... args) {
    out.printf("  %-44s %s%n", label, format.formatted(args));
  }
}
