package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.evotraders.core.event.RunEvent.DecisionsMade;
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
  void aRunKilledFiveTimesAndResumedEachTimeInANewJvmEndsWithTheSameTradesAndNav() {
    Path root = work.resolve("killed");
    ChildCli cli = new ChildCli(work, TeamRunFixture.OFFLINE);
    List<Integer> killPoints =
        List.of(
            // early in day 1: the second analyst's message
            nthOf(AgentMessage.class, day(0), 2),
            // mid-conference of day 2
            nthOf(ConferenceMessage.class, day(1), 4),
            // right after the first fill of day 4
            nthOf(OrderFilled.class, day(3), 1),
            // right after day 5 completed
            nthOf(DayCompleted.class, day(4), 1),
            // in the last day, once the portfolio manager has decided
            nthOf(DecisionsMade.class, day(7), 1));
    Path runs = root.resolve("runs");
    String[] args = TeamRunFixture.newRun(root, false);
    List<String> deaths = new ArrayList<>();
    for (int killPoint : killPoints) {
      long written =
          Files.exists(runs) ? RunRecord.of(TeamRunFixture.onlyRun(root)).all().size() : 0;
      long target = written + linesUntil(killPoint, runs);
      cli.killedAfter(runs, target, args);
      RunRecord killed = RunRecord.of(TeamRunFixture.onlyRun(root));
      deaths.add(killed.all().getLast().event().type());
      assertThat(killed.finishedStatus()).as("killed before its end, after %s", deaths).isNull();
      args = TeamRunFixture.resume(root, TeamRunFixture.onlyRun(root).getFileName().toString());
    }
    String report = cli.completes(args);

    RunRecord resumed = RunRecord.of(TeamRunFixture.onlyRun(root));
    assertThat(resumed.fills()).as("killed after %s", deaths).isEqualTo(uninterrupted.fills());
    assertThat(resumed.finalNav()).isCloseTo(uninterrupted.finalNav(), within(0.005));
    assertThat(TeamRunFixture.finalNavLine(report)).isEqualTo(uninterruptedNav);
    assertThat(resumed.completedDays()).isEqualTo(TeamRunFixture.SESSIONS);
    assertThat(resumed.tradingDays()).isEqualTo(uninterrupted.tradingDays());
    assertThat(resumed.finishedStatus()).isEqualTo("completed");
  }

  private static LocalDate day(int index) {
    return TeamRunFixture.SESSIONS.get(index);
  }

  /** Returns the line (from 1) of the uninterrupted log holding the nth event of a day. */
  private static int nthOf(Class<? extends RunEvent> type, LocalDate session, int nth) {
    int seen = 0;
    List<RecordedEvent> all = uninterrupted.all();
    for (int i = 0; i < all.size(); i++) {
      RecordedEvent e = all.get(i);
      if (session.equals(e.session()) && type.isInstance(e.event()) && ++seen == nth) {
        return i + 1;
      }
    }
    throw new AssertionError("no %s #%d on %s".formatted(type.getSimpleName(), nth, session));
  }

  /**
   * Returns how many lines a run continued from {@code runs} writes before it reaches line {@code
   * killPoint} of the uninterrupted log: a resumed run writes its run_started, then the
   * uninterrupted run's events from the day after its last completed day.
   */
  private static long linesUntil(int killPoint, Path runs) {
    if (!Files.exists(runs)) {
      return killPoint;
    }
    List<LocalDate> done = RunRecord.of(TeamRunFixture.onlyRun(runs.getParent())).completedDays();
    // line 1 is the run_started; a run resumed before any day completed starts again at line 2
    int resumeFrom = done.isEmpty() ? 2 : nthOf(DayCompleted.class, done.getLast(), 1) + 1;
    assertThat(killPoint)
        .as("the kill point lies after the last completed day")
        .isGreaterThan(resumeFrom);
    return 1 + killPoint - resumeFrom + 1;
  }
}
