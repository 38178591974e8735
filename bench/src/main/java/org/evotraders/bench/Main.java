package org.evotraders.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the benchmark figures: bar loading and indicators (issue 2), then the six-agent offline
 * team over twenty years against a bare ta4j crossover (issue 3). Each figure is the median of a
 * few timed runs after warm-up runs; absolute times drift between machines, ratios less so.
 *
 * <p>Flags: {@code --data DIR} the shared data folder (default /work/shared/data); {@code
 * --repetitions N} timed runs per figure (default 3); {@code --only data|team|memory} one section.
 */
public final class Main {

  private static final Path DEFAULT_DATA = Path.of("/work/shared/data");

  private final PrintStream out;
  private final HistoryWindow window;
  private final int repetitions;
  private final ScratchFolder scratch;

  private Main(PrintStream out, HistoryWindow window, int repetitions, ScratchFolder scratch) {
    this.out = out;
    this.window = window;
    this.repetitions = repetitions;
    this.scratch = scratch;
  }

  public static void main(String[] args) {
    Path data = DEFAULT_DATA;
    int repetitions = 3;
    String only = "";
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value; flags: " + usage());
      }
      String value = args[++i];
      switch (flag) {
        case "--data" -> data = Path.of(value);
        case "--repetitions" -> repetitions = Integer.parseInt(value);
        case "--only" -> only = value;
        default -> throw new IllegalArgumentException("unknown flag " + flag + "; " + usage());
      }
    }
    HistoryWindow window = HistoryWindow.twentyYears(data);
    try (ScratchFolder scratch = ScratchFolder.create()) {
      Main bench = new Main(System.out, window, repetitions, scratch);
      if (only.isEmpty() || only.equals("data")) {
        bench.data();
      }
      if (only.isEmpty() || only.equals("team")) {
        bench.team();
      }
      if (only.isEmpty() || only.equals("memory")) {
        bench.memory();
      }
    }
  }

  private static String usage() {
    return "--data DIR (shared data folder), --repetitions N, --only data|team|memory";
  }

  /** Issue 2: loading bars and computing the indicator set. */
  private void data() {
    out.printf("Data (median of %d runs after warm-up)%n", repetitions);
    BarLoading loading = new BarLoading(window.folder(), scratch);
    Measured<Long> csv = loading.fromCsv(repetitions);
    line(
        "CSV (CsvMarketData, 11 files)",
        "%,.0f bars/s  (%,d bars in %.1f ms)",
        csv.perSecond(csv.result()),
        csv.result(),
        csv.millis());
    Measured<Long> cache = loading.fromCache(repetitions);
    line(
        "SQLite cache (MarketDataStore)",
        "%,.0f bars/s  (%,d bars in %.1f ms)",
        cache.perSecond(cache.result()),
        cache.result(),
        cache.millis());
    Measured<Long> indicators = IndicatorTiming.of(window, repetitions);
    line(
        "IndicatorSet, 10 tickers x 20 y",
        "%.1f ms  (%,d bars, %,.0f bars/s)",
        indicators.millis(),
        indicators.result(),
        indicators.perSecond(indicators.result()));
    out.println();
  }

  /** Issue 3: the whole team against the bare ta4j loop. */
  private void team() {
    long tickerDays = window.tickerDays();
    out.printf(
        "Six-agent offline team, 2 conference rounds, event log and exports, memory off%n"
            + "  %s %s..%s, %,d ticker-days (median of %d runs after two warm-up runs)%n",
        String.join(" ", window.tickers()), window.start(), window.end(), tickerDays, repetitions);
    TeamRun twentyYears = new TeamRun(window, false, scratch);
    // Run times settle only after the JIT has seen two whole runs; the first run is printed too,
    // since a backtest that is its JVM's only run pays for the compiling.
    Measured<TeamRun.Result> first = Measured.of(0, 1, twentyYears::run, TeamRun.Result::discard);
    Measured<TeamRun.Result> team =
        Measured.of(1, repetitions, twentyYears::run, TeamRun.Result::discard);
    Measured<Integer> ta4j = CrossoverBaseline.of(window, Math.max(repetitions, 20));
    line("total time", "%.2f s  (%,d days)", team.seconds(), team.result().daysRun());
    line("first run, JIT still compiling", "%.2f s", first.seconds());
    line("ticker-days per second", "%,.0f", team.perSecond(tickerDays));
    line(
        "event log",
        "%,.0f bytes per ticker-day  (%,d bytes)",
        (double) team.result().eventLogBytes() / tickerDays,
        team.result().eventLogBytes());
    line(
        "ta4j SMA(50)/SMA(200) crossover", "%.1f ms  (BarSeriesManager, same bars)", ta4j.millis());
    line("ratio team / ta4j", "%.0f", team.seconds() / ta4j.seconds());
  }

  /** For information: the team with long-term memory, over one year. */
  private void memory() {

    HistoryWindow year = window.lastYear();
    out.printf(
        "%nThe same team with long-term memory on, for information%n  %s..%s, one run%n",
        year.start(), year.end());
    Measured<TeamRun.Result> withMemory =
        Measured.of(0, 1, new TeamRun(year, true, scratch)::run, TeamRun.Result::discard);
    line(
        "total time",
        "%.2f s  (%,d days, %,.0f ticker-days/s)",
        withMemory.seconds(),
        withMemory.result().daysRun(),
        withMemory.perSecond(year.tickerDays()));
  }

  private void line(String label, String format, Object... values) {
    out.printf(Locale.ROOT, "  %-36s %s%n", label, String.format(Locale.ROOT, format, values));
  }
}
