package org.evotraders.bench.llm;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one {@link LlmBench} run.
 *
 * @param criticalPath sequential model-call steps per day ({@link CriticalPath})
 * @param dayNanos wall time of each day of the run against the delayed server, day 1 including the
 *     start of the run
 * @param requests requests the server answered in that run
 * @param repairs of those, repair requests (0 when every answer was valid)
 * @param mostInFlight the most requests the server held at once
 * @param cachedNanos median wall time of the reruns over the same response cache
 * @param cachedRequests requests those reruns made (target 0)
 * @param offlineNanos median wall time of the same days on the offline model
 * @param cachedCpuNanos median CPU time of the process during a cached rerun
 * @param offlineCpuNanos median CPU time of the process during an offline run
 */
public record LlmFigures(
    int days,
    int tickers,
    int rounds,
    long latencyMillis,
    int criticalPath,
    List<Long> dayNanos,
    int requests,
    int repairs,
    int mostInFlight,
    long cachedNanos,
    int cachedRequests,
    long offlineNanos,
    long cachedCpuNanos,
    long offlineCpuNanos) {

  /** Target of {@link #meanDayRatio()}: at most 15% over the critical path. */
  public static final double DAY_RATIO_TARGET = 1.15;

  /** Target of {@link #cachedToOffline()}: a cached rerun at most 20% slower than offline. */
  public static final double CACHED_TARGET = 1.2;

  /** Returns the critical path's wall time of one day: steps times latency. */
  public double criticalPathMillis() {
    return criticalPath * (double) latencyMillis;
  }

  /** Returns each day's wall time over the critical path's. */
  public List<Double> dayRatios() {
    return dayNanos.stream().map(n -> n / 1e6 / criticalPathMillis()).toList();
  }

  /** Returns the mean day's wall time over the critical path's. */
  public double meanDayRatio() {
    return dayNanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN)
        / 1e6
        / criticalPathMillis();
  }

  /**
   * Returns the mean over the days after the first, whose wall time also holds the start of the run
   * (response cache, prompts, synthetic market, first connections); the first day's alone for a
   * one-day run.
   */
  public double steadyDayRatio() {
    List<Double> ratios = dayRatios();
    return ratios.size() == 1
        ? ratios.getFirst()
        : ratios.subList(1, ratios.size()).stream()
            .mapToDouble(Double::doubleValue)
            .average()
            .orElseThrow();
  }

  /** Returns the cached rerun's wall time over the offline run's. */
  public double cachedToOffline() {
    return (double) cachedNanos / offlineNanos;
  }

  /** Prints the figures with their targets. */
  public void print(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "LLM team: %d days, %d tickers, %d conference rounds, %d ms per model call%n",
        days,
        tickers,
        rounds,
        latencyMillis);
    out.printf(
        Locale.ROOT,
        "  critical path            %d calls = %.0f ms per day%n",
        criticalPath,
        criticalPathMillis());
    out.printf(
        Locale.ROOT,
        "  requests                 %d (%d per day, %d repairs, at most %d in flight)%n",
        requests,
        requests / days,
        repairs,
        mostInFlight);
    StringBuilder perDay = new StringBuilder();
    dayRatios().forEach(r -> perDay.append(String.format(Locale.ROOT, " %.3f", r)));
    out.printf(Locale.ROOT, "  day / critical path     %s%n", perDay);
    out.printf(
        Locale.ROOT,
        "  mean day / critical path %.3f (target <= %.2f) %s%n",
        meanDayRatio(),
        DAY_RATIO_TARGET,
        meanDayRatio() <= DAY_RATIO_TARGET ? "ok" : "MISSED");
    out.printf(
        Locale.ROOT,
        "  days 2.. / critical path %.3f (the first day also starts the run)%n",
        steadyDayRatio());
    out.printf(
        Locale.ROOT,
        "  cached rerun             %d requests (target 0) %s, %.0f ms%n",
        cachedRequests,
        cachedRequests == 0 ? "ok" : "MISSED",
        cachedNanos / 1e6);
    out.printf(
        Locale.ROOT,
        "  offline run              %.0f ms; cached / offline %.2f (target <= %.1f) %s%n",
        offlineNanos / 1e6,
        cachedToOffline(),
        CACHED_TARGET,
        cachedToOffline() <= CACHED_TARGET ? "ok" : "MISSED");
    out.printf(
        Locale.ROOT,
        "  CPU time                 cached %.0f ms, offline %.0f ms: cached / offline %.2f%n",
        cachedCpuNanos / 1e6,
        offlineCpuNanos / 1e6,
        (double) cachedCpuNanos / offlineCpuNanos);
    // Timings on a shared machine are only as good as its quiet: say how busy it was.
    out.printf(
        Locale.ROOT,
        "  system load average      %.2f on %d processors%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }
}
