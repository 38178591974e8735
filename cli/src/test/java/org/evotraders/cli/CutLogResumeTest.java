package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A crash leaves the log cut after some event, or in the middle of a line. Cutting a copy of an
 * uninterrupted run's log at exact points (which a kill only hits by chance) and resuming it gives
 * the same trades and final NAV as the uninterrupted run; a torn last line is dropped.
 */
class CutLogResumeTest {

  @TempDir static Path work;

  private static Path uninterruptedRun;
  private static RunRecord uninterrupted;

  /** Where the log is cut: after whole event {@code line} (from 1), plus half the next line. */
  record Cut(int line, boolean torn) {}

  @BeforeAll
  static void runOnceWithoutInterruption() {
    Path root = work.resolve("uninterrupted");
    CliCall.succeeding(TeamRunFixture.OFFLINE, TeamRunFixture.newRun(root, false));
    uninterruptedRun = TeamRunFixture.onlyRun(root);
    uninterrupted = RunRecord.of(uninterruptedRun);
  }

  static Stream<Named<Cut>> cuts() {
    return Stream.of(
        Named.of("after run_started, before any day", new Cut(1, false)),
        Named.of("right after the first fill", new Cut(lineOf(OrderFilled.class, 0, 1), false)),
        Named.of(
            "after day 3 settled, before it completed",
            new Cut(lineOf(DaySettled.class, 2, 1), false)),
        Named.of("right after day 4 completed", new Cut(lineOf(DayCompleted.class, 3, 1), false)),
        Named.of(
            "inside the day_complete line of day 4",
            new Cut(lineOf(DayCompleted.class, 3, 1) - 1, true)),
        Named.of("inside a fill line of day 6", new Cut(lineOf(OrderFilled.class, 5, 1) - 1, true)),
        Named.of("inside the run_started line", new Cut(0, true)),
        Named.of(
            "after run_finished: a finished run",
            new Cut(lineOf(RunFinished.class, -1, 1), false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cuts")
  void aRunWhoseLogWasCutResumesToTheSameTradesAndNav(Cut cut) throws IOException {
    Path root = work.resolve("cut-" + cut.line() + "-" + cut.torn());
    Path run = root.resolve("runs").resolve(uninterruptedRun.getFileName());
    Files.createDirectories(run);
    Files.copy(uninterruptedRun.resolve("BOOTSTRAP.md"), run.resolve("BOOTSTRAP.md"));
    Files.write(run.resolve("events.jsonl"), cutLog(cut));

    CliCall call =
        CliCall.succeeding(
            TeamRunFixture.OFFLINE, TeamRunFixture.resume(root, run.getFileName().toString()));

    RunRecord resumed = RunRecord.of(run);
    assertThat(Files.readAllLines(run.resolve("events.jsonl")))
        .as("every line is a whole event")
        .hasSize(resumed.all().size());
    assertThat(resumed.fills()).isEqualTo(uninterrupted.fills());
    assertThat(resumed.finalNav()).isCloseTo(uninterrupted.finalNav(), within(0.005));
    assertThat(resumed.completedDays()).isEqualTo(TeamRunFixture.SESSIONS);
    assertThat(resumed.tradingDays()).isEqualTo(uninterrupted.tradingDays());
    assertThat(resumed.finishedStatus()).isEqualTo("completed");
    assertThat(call.out()).contains("Final NAV");
  }

  /** Returns the uninterrupted log's bytes up to the cut. */
  private static byte[] cutLog(Cut cut) throws IOException {
    byte[] log = Files.readAllBytes(uninterruptedRun.resolve("events.jsonl"));
    int end = 0;
    for (int lines = 0; lines < cut.line(); end++) {
      if (log[end] == '\n') {
        lines++;
      }
    }
    if (cut.torn()) {
      int next = end;
      while (log[next] != '\n') {
        next++;
      }
      end += (next - end) / 2;
    }
    byte[] cutLog = Arrays.copyOf(log, end);
    assertThat(new String(cutLog, StandardCharsets.UTF_8).endsWith("\n")).isNotEqualTo(cut.torn());
    return cutLog;
  }

  /**
   * Returns the line (from 1) of the nth event of {@code type} on session {@code day} (an index
   * into the run's sessions; -1 for events outside any day).
   */
  private static int lineOf(Class<? extends RunEvent> type, int day, int nth) {
    LocalDate session = day < 0 ? null : TeamRunFixture.SESSIONS.get(day);
    int seen = 0;
    List<RecordedEvent> all = uninterrupted.all();
    for (int i = 0; i < all.size(); i++) {
      RecordedEvent e = all.get(i);
      boolean onDay = day < 0 || session.equals(e.session());
      if (onDay && type.isInstance(e.event()) && ++seen == nth) {
        return i + 1;
      }
    }
    throw new AssertionError("no %s #%d on day %d".formatted(type.getSimpleName(), nth, day));
  }
}
