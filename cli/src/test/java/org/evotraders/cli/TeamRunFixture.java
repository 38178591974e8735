package org.evotraders.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The short mock run the resume and determinism tests share: AAPL, MSFT and NVDA on the synthetic
 * market of seed 7 over the eight sessions of 2024-01-02 to 2024-01-11. The team trades on six of
 * the eight days, so every stage of a day (analysis, conference, decision, fills, settlement) has
 * events to interrupt.
 */
final class TeamRunFixture {

  static final List<LocalDate> SESSIONS =
      Stream.of(2, 3, 4, 5, 8, 9, 10, 11).map(d -> LocalDate.of(2024, 1, d)).toList();

  /** An environment without API keys: the offline model, whatever the developer has set. */
  static final Map<String, String> OFFLINE = Map.of("MODEL_PROVIDER", "offline");

  private TeamRunFixture() {}

  /**
   * Returns the arguments of a new run under {@code root}/runs with its data in {@code root}/data;
   * {@code memory} turns the agents' long-term memory on.
   */
  static String[] newRun(Path root, boolean memory, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backtest",
                "--tickers",
                "AAPL,MSFT,NVDA",
                "--seed",
                "7",
                "--start",
                "2024-01-02",
                "--end",
                "2024-01-11"));
    if (!memory) {
      args.add("--no-memory");
    }
    args.addAll(List.of(more));
    args.addAll(locations(root));
    return args.toArray(String[]::new);
  }

  /** Returns {@code args} with the value of {@code option} replaced by {@code value}. */
  static String[] with(String[] args, String option, String value) {
    String[] changed = args.clone();
    changed[List.of(args).indexOf(option) + 1] = value;
    return changed;
  }

  /** Returns the arguments resuming run {@code runId} under {@code root}. */
  static String[] resume(Path root, String runId) {
    List<String> args = new ArrayList<>(List.of("backtest", "--resume", runId));
    args.addAll(locations(root));
    return args.toArray(String[]::new);
  }

  /** Returns the one run folder under {@code root}/runs. */
  static Path onlyRun(Path root) {
    try (Stream<Path> runs = Files.list(root.resolve("runs"))) {
      List<Path> all = runs.toList();
      if (all.size() != 1) {
        throw new AssertionError("expected one run under " + root + ", found " + all);
      }
      return all.getFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the line of the terminal report that states the final NAV. */
  static String finalNavLine(String report) {
    return report
        .lines()
        .filter(l -> l.strip().startsWith("Final NAV"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Final NAV in the report:\n" + report));
  }

  private static List<String> locations(Path root) {
    return List.of(
        "--runs-dir",
        root.resolve("runs").toString(),
        "--data-dir",
        root.resolve("data").toString());
  }
}
