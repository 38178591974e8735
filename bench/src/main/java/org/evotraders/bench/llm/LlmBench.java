package org.evotraders.bench.llm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.evotraders.agents.Role;
import org.evotraders.cli.RunLauncher;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * How close the team comes to its critical path when every model call takes a fixed latency, and
 * what a rerun from the response cache costs. Runs the mock market through {@link RunLauncher}
 * after a one-day warm-up of each mode: once against a {@link DelayedChatServer} with an empty
 * cache, then fifteen times each, alternately, in a new run folder over the same cache and offline,
 * timing the last five of each.
 *
 * <p>Call {@link #main} (arguments: days, tickers, latency in ms; defaults 5, 5, 300) or {@link
 * #measure} from another benchmark.
 */
public final class LlmBench {

  private static final List<String> TICKERS = List.of("AAPL", "MSFT", "GOOGL", "NVDA", "TSLA");
  private static final LocalDate START = LocalDate.of(2024, 1, 2);
  private static final int ROUNDS = 2;

  /** How many times the cached rerun and the offline run are timed, alternately. */
  private static final int RERUNS = 5;

  /**
   * How many untimed reruns of each kind come before the timed ones: the cold run never takes the
   * cache's answering path, and until the JIT has compiled the paths of a whole run, the timings
   * fall run after run and measure the compiler, not the rerun.
   */
  private static final int WARM_UP_RERUNS = 10;

  private final int days;
  private final List<String> tickers;
  private final long latencyMillis;
  private final Path scratch;

  private LlmBench(int days, List<String> tickers, long latencyMillis, Path scratch) {
    if (days < 1 || tickers.isEmpty() || latencyMillis < 1) {
      throw new IllegalArgumentException(
          "the LLM bench needs at least 1 day, 1 ticker and 1 ms of latency, not %d, %s, %d"
              .formatted(days, tickers, latencyMillis));
    }
    this.days = days;
    this.tickers = tickers;
    this.latencyMillis = latencyMillis;
    this.scratch = scratch;
  }

  /** Prints the figures of {@code [days [tickers [latencyMillis]]]}, defaults 5, 5 and 300. */
  public static void main(String[] args) throws IOException {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int tickerCount = args.length > 1 ? Integer.parseInt(args[1]) : TICKERS.size();
    long latency = args.length > 2 ? Long.parseLong(args[2]) : 300;
    if (tickerCount < 1 || tickerCount > TICKERS.size()) {
      throw new IllegalArgumentException(
          "tickers must be 1 to " + TICKERS.size() + ", was " + tickerCount);
    }
    Path scratch = Files.createTempDirectory("evotraders-llm-bench");
    measure(days, TICKERS.subList(0, tickerCount), latency, scratch).print(System.out);
  }

  /**
   * Runs the benchmark in run and data folders under {@code scratch} (left in place) and returns
   * its figures.
   */
  public static LlmFigures measure(
      int days, List<String> tickers, long latencyMillis, Path scratch) {
    return new LlmBench(days, tickers, latencyMillis, scratch).measure();
  }

  private LlmFigures measure() {
    LocalDate end = lastSession();
    try (DelayedChatServer server = new DelayedChatServer(latencyMillis)) {
      Map<String, String> env =
          Map.of(
              "MODEL_PROVIDER", "openai",
              "OPENAI_API_KEY", "bench-key",
              "OPENAI_BASE_URL", server.baseUrl());
      // One day of each mode first, with its own cache, so class loading and the JIT are done.
      timedRun(config(START, "offline", "rules"), Map.of(), "warm-up");
      timedRun(config(START, "openai", "gpt-4o"), env, "warm-up");
      server.resetCounts();
      Timed cold = timedRun(config(end, "openai", "gpt-4o"), env, "data");
      int coldRequests = server.requests();
      int repairs = server.repairs();
      int mostInFlight = server.mostInFlight();
      server.resetCounts();
      for (int i = 0; i < WARM_UP_RERUNS; i++) {
        timedRun(config(end, "openai", "gpt-4o"), env, "data");
        timedRun(config(end, "offline", "rules"), Map.of(), "offline-data");
      }
      // Runs this short are at the mercy of the machine: alternate the two, keep the medians.
      List<Timed> cached = new ArrayList<>();
      List<Timed> offline = new ArrayList<>();
      for (int i = 0; i < RERUNS; i++) {
        cached.add(timedRun(config(end, "openai", "gpt-4o"), env, "data"));
        offline.add(timedRun(config(end, "offline", "rules"), Map.of(), "offline-data"));
      }
      return new LlmFigures(
          days,
          tickers.size(),
          ROUNDS,
          latencyMillis,
          CriticalPath.calls(ROUNDS),
          cold.dayNanos(),
          coldRequests,
          repairs,
          mostInFlight,
          median(cached, Timed::totalNanos),
          server.requests(),
          median(offline, Timed::totalNanos),
          median(cached, Timed::cpuNanos),
          median(offline, Timed::cpuNanos));
    }
  }

  /**
   * The wall time of one launch and of each of its days (day 1 includes starting the run), and the
   * CPU time the process spent meanwhile, which other work on the machine disturbs less.
   */
  private record Timed(long totalNanos, List<Long> dayNanos, long cpuNanos) {}

  private Timed timedRun(RunConfig config, Map<String, String> env, String dataFolder) {
    RunLauncher launcher = new RunLauncher(scratch.resolve(dataFolder), env);
    RunDirectory run = launcher.create(scratch.resolve("runs"), config, "");
    List<Long> dayNanos = new ArrayList<>();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    long[] last = {start};
    RunLauncher.Launched launched =
        launcher.launch(
            run,
            true,
            progress -> {
              long now = System.nanoTime();
              dayNanos.add(now - last[0]);
              last[0] = now;
            });
    long total = System.nanoTime() - start;
    long cpu = processCpuNanos() - cpuStart;
    launched.gate().close();
    if (!"completed".equals(launched.outcome().status())) {
      throw new IllegalStateException(
          "the LLM bench run " + run.runId() + " stopped early: " + launched.outcome().reason());
    }
    return new Timed(total, List.copyOf(dayNanos), cpu);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long median(List<Timed> runs, ToLongFunction<Timed> figure) {
    return runs.stream().mapToLong(figure).sorted().toArray()[runs.size() / 2];
  }

  private LocalDate lastSession() {
    List<LocalDate> sessions =
        TradingCalendar.nyse().sessionDates(START, START.plusDays(2L * days + 10));
    return sessions.get(days - 1);
  }

  private RunConfig config(LocalDate end, String provider, String model) {
    Map<String, RunConfig.AgentModel> models = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      models.put(role.id(), new RunConfig.AgentModel(provider, model));
    }
    return new RunConfig(
        "mock",
        "mock",
        tickers,
        START,
        end,
        100_000,
        0.25,
        new TradingCosts(0.005, 0, 0, 5),
        "next_open",
        "SPY",
        ROUNDS,
        new RunConfig.Risk(0.20, 1.5),
        models,
        null,
        42,
        false);
  }
}
