package org.evotraders.bench.gateway;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.gateway.Gateway;
import org.evotraders.gateway.GatewayConfig;
import org.evotraders.gateway.feed.RunFeed;
import org.evotraders.gateway.feed.RunReplay;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * The gateway's figures. Every child process is started by the repository's {@code ./evotraders}
 * launcher, as a user starts the program ({@link ChildJvm}): the launcher's start-up cache is
 * prepared first and timed; a ten-ticker mock run ({@code evotraders backtest}) has its peak
 * resident memory read from /proc while the bench notes when each of its events appears in its log
 * ({@link EmissionClock}); that run is replayed to 200 WebSocket clients at full speed, at its
 * run-clock pace and at the pace the run emitted its events (delivery latency from publication to
 * receipt, events lost); and {@code evotraders replay} is timed from process start to its first
 * initial_state, with the cache and without it.
 *
 * <p>The gateway and the clients run in this JVM: publication and receipt are read on one clock,
 * and the clients are cheap ({@link BenchClients}), so they take little of the machine's CPU from
 * the gateway. The gateway here runs with this JVM's flags, not the launcher's; the output names
 * this JVM's collector.
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

  /** Runs the measurements in {@code scratch} (created if missing) and prints them. */
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
    line(
        "machine",
        "%d cores, %s, bench JVM collector %s",
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        ManagementFactory.getGarbageCollectorMXBeans().getFirst().getName());
    ChildJvm version = ChildJvm.start("version");
    version.awaitExitTrackingRss(Duration.ofMinutes(5));
    line(
        "launcher's start-up cache (AOT)",
        "%s; first command took %.1f s",
        Files.exists(cache()) ? "ready, " + Files.size(cache()) / (1024 * 1024) + " MB" : "ABSENT",
        version.seconds());
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
    EmissionClock clock = EmissionClock.watch(runs);
    long peakRss = backtest.awaitExitTrackingRss(Duration.ofMinutes(10));
    long[] emitted = clock.stop();
    line(
        "10-ticker mock run, peak resident memory",
        "%,d MB (target < 400 MB); wall %.1f s",
        peakRss / 1024,
        backtest.seconds());
    RunDirectory run = onlyRun(runs);
    long lastSeq = EventLog.read(run.events()).size();
    RunReplay fullSpeed = RunReplay.of(run, 0);
    fanOut("200 clients, full-speed replay", fullSpeed.feed(), fullSpeed::start, lastSeq);
    List<RecordedEvent> events = EventLog.read(run.events());
    double span = Duration.between(events.getFirst().at(), events.getLast().at()).toSeconds();
    RunReplay runClock = RunReplay.of(run, span / backtest.seconds());
    fanOut(
        "200 clients, run-clock pace (days in bursts)", runClock.feed(), runClock::start, lastSeq);
    PacedReplay emission = new PacedReplay(run, emitted);
    fanOut("200 clients, the run's emission pace", emission.feed(), emission::start, lastSeq);
    startup(run, runs, Map.of(), "evotraders replay, start to initial_state", "target < 1,500 ms");
    startup(
        run,
        runs,
        Map.of("EVOTRADERS_AOT_CACHE", "off"),
        "  the same without the start-up cache",
        "for comparison");
  }

  /** The launcher's AOT cache beside the jar it runs. */
  private static Path cache() {
    String jar = ChildJvm.jar().toString();
    return Path.of(jar.substring(0, jar.length() - ".jar".length()) + ".aot");
  }

  /** 200 clients on {@code feed} from when {@code start} runs: delivery latency and losses. */
  private void fanOut(String label, RunFeed feed, Runnable start, long lastSeq) throws Exception {
    long[] published = new long[(int) lastSeq + 1];
    feed.subscribe(delivery -> published[(int) delivery.seq()] = System.nanoTime());
    try (Gateway gateway =
            Gateway.start(GatewayConfig.defaults().withAddress("127.0.0.1", 0), feed);
        BenchClients clients = new BenchClients(gateway.port(), CLIENTS, lastSeq)) {
      clients.awaitInitialState(Duration.ofSeconds(30));
      long begin = System.nanoTime();
      start.run();
      boolean complete = clients.awaitLastEvent(Duration.ofMinutes(2));
      double seconds = (System.nanoTime() - begin) / 1e9;
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

  /** A child JVM's time from process start to a client's first initial_state (median of 5). */
  private void startup(
      RunDirectory run, Path runs, Map<String, String> env, String label, String note)
      throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int port = freePort();
      ChildJvm replay =
          ChildJvm.start(
              env,
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
    List<String> each = times.stream().map(t -> "%.0f".formatted(t * 1000)).toList();
    times.sort(null);
    line(label, "median %.0f ms of %s (%s)", times.get(2) * 1000, each, note);
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
