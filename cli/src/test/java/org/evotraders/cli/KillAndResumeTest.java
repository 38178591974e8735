package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.ConferenceMessage;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.MemoryRecalled;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at any moment and resumed, each time in a new JVM, ends with the same
 * trades and the same final NAV as an uninterrupted run. The kill points are taken from the
 * uninterrupted run's log; the child is killed as soon as its log reaches that line, so it dies
 * there or a few events later (the events written in between are what a real crash leaves too).
 */
class KillAndResumeTest {

  @TempDir static Path work;

  private static RunRecord uninterrupted;
  private static String uninterruptedNav;

  @BeforeAll
  static void runOnceWithoutInterruption() {
    Path root = work.resolve("uninterrupted");
    CliCall call = CliCall.succeeding(TeamRunFixture.OFFLINE, TeamRunFixture.newRun(root, false));
    uninterrupted = RunRecord.of(TeamRunFixture.onlyRun(root));
    uninterruptedNav = TeamRunFixture.finalNavLine(call.out());
    assertThat(uninterrupted.fills())
        .as("the run trades, so fills can be compared")
        .hasSizeGreaterThan(5);
  }

  @Test
  void aRunKilledFiveTimesAndResumedEachTimeInANewJvmEndsWithTheSameTradesAndNav()
      throws IOException {
    Path root = work.resolve("killed");
    ChildCli cli = new ChildCli(Files.createDirectories(root), TeamRunFixture.OFFLINE);
    List<Integer> killPoints =
        List.of(
            // early in day 1: the second analyst's message
            nthOf(AgentMessage.class, day(0), 2),
            // mid-conference of day 2
            nthOf(ConferenceMessage.class, day(1), 4),
            // right after day 2's first fill, at its open after its conference
            nthOf(OrderFilled.class, day(1), 1),
            // right after day 5 completed
            nthOf(DayCompleted.class, day(4), 1),
            // early in the last day
            nthOf(AgentMessage.class, day(7), 3));
    Path runs = root.resolve("runs");
    String[] args = TeamRunFixture.newRun(root, false);
    List<String> deaths = new ArrayList<>();
    for (int killPoint : killPoints) {
      RunRecord sofar = Files.exists(runs) ? RunRecord.of(TeamRunFixture.onlyRun(root)) : null;
      int next = sofar == null ? 1 : nextLine(sofar);
      if (killPoint < next) {
        // a kill landed late, past this point: the next process starts after it
        deaths.add("(line %d passed)".formatted(killPoint));
        continue;
      }
      // a continued run writes its run_started, then the uninterrupted run's lines from next on
      long target = sofar == null ? killPoint : sofar.all().size() + 1 + killPoint - next + 1;
      cli.killedAfter(runs, target, args);
      deaths.add(RunRecord.of(TeamRunFixture.onlyRun(root)).all().getLast().event().type());
      args = TeamRunFixture.resume(root, TeamRunFixture.onlyRun(root).getFileName().toString());
    }
    assertThat(deaths)
        .as("kills before the run's end")
        .filteredOn(d -> !d.startsWith("(") && !d.equals("run_finished"))
        .hasSizeGreaterThanOrEqualTo(3);
    String report = cli.completes(args);

    RunRecord resumed = RunRecord.of(TeamRunFixture.onlyRun(root));
    assertThat(resumed.fills()).as("killed after %s", deaths).isEqualTo(uninterrupted.fills());
    assertThat(resumed.finalNav()).isCloseTo(uninterrupted.finalNav(), within(0.005));
    assertThat(TeamRunFixture.finalNavLine(report)).isEqualTo(uninterruptedNav);
    assertThat(resumed.completedDays()).isEqualTo(TeamRunFixture.SESSIONS);
    assertThat(resumed.tradingDays()).isEqualTo(uninterrupted.tradingDays());
    assertThat(resumed.finishedStatus()).isEqualTo("completed");
  }

  @Test
  void aRunWithMemoryKilledWhileTheTeamLearnsADayEndsWithTheSameTradesAndNav() throws IOException {
    Path reference = work.resolve("memory-uninterrupted");
    CliCall.succeeding(TeamRunFixture.OFFLINE, fourDaysWithMemory(reference));
    RunRecord expected = RunRecord.of(TeamRunFixture.onlyRun(reference));
    Path root = work.resolve("memory-killed");
    ChildCli cli = new ChildCli(Files.createDirectories(root), TeamRunFixture.OFFLINE);

    // the team writes what it learned of a day to its memory after day_settled, before day_complete
    int settled = lineOf(expected, DaySettled.class, day(2), 1);
    cli.killedAfter(root.resolve("runs"), settled, fourDaysWithMemory(root));
    Path run = TeamRunFixture.onlyRun(root);
    String death = RunRecord.of(run).all().getLast().event().type();
    cli.completes(TeamRunFixture.resume(root, run.getFileName().toString()));

    RunRecord resumed = RunRecord.of(run);
    assertThat(expected.all()).anyMatch(e -> e.event() instanceof MemoryRecalled);
    assertThat(resumed.fills()).as("killed after %s", death).isEqualTo(expected.fills());
    assertThat(resumed.finalNav()).isCloseTo(expected.finalNav(), within(0.005));
    assertThat(resumed.completedDays()).isEqualTo(TeamRunFixture.SESSIONS.subList(0, 4));
    assertThat(resumed.tradingDays()).isEqualTo(expected.tradingDays());
    assertThat(death).isNotEqualTo("run_finished");
  }

  private static String[] fourDaysWithMemory(Path root) {
    return TeamRunFixture.with(TeamRunFixture.newRun(root, true), "--end", "2024-01-05");
  }

  private static LocalDate day(int index) {
    return TeamRunFixture.SESSIONS.get(index);
  }

  /** Returns the line (from 1) of the uninterrupted log holding the nth event of a day. */
  private static int nthOf(Class<? extends RunEvent> type, LocalDate session, int nth) {
    return lineOf(uninterrupted, type, session, nth);
  }

  private static int lineOf(
      RunRecord log, Class<? extends RunEvent> type, LocalDate session, int nth) {
    int seen = 0;
    List<RecordedEvent> all = log.all();
    for (int i = 0; i < all.size(); i++) {
      RecordedEvent e = all.get(i);
      if (session.equals(e.session()) && type.isInstance(e.event()) && ++seen == nth) {
        return i + 1;
      }
    }
    throw new AssertionError("no %s #%d on %s".formatted(type.getSimpleName(), nth, session));
  }

  /**
   * Returns the line of the uninterrupted log a run continued from {@code sofar} runs first: the
   * day_start after its last completed day (line 2 when no day completed).
   */
  private static int nextLine(RunRecord sofar) {
    List<LocalDate> done = sofar.completedDays();
    return done.isEmpty() ? 2 : nthOf(DayCompleted.class, done.getLast(), 1) + 1;
  }
}
