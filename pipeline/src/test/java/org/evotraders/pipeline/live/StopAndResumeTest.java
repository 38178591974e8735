package org.evotraders.pipeline.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.pipeline.live.LiveRunFixture.newYork;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.pipeline.cycle.RunOutcome;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live run stopped at noon on Monday, between Monday's execution and its close, ends at once as
 * stopped; resumed in the same run folder, it keeps Friday, runs Monday again at once (its close
 * has not passed) and goes on to Tuesday. The book it ends with is the committed fills applied to
 * the initial cash.
 */
class StopAndResumeTest {

  private static final LocalDate FRIDAY = LocalDate.of(2024, 11, 29);
  private static final LocalDate MONDAY = LocalDate.of(2024, 12, 2);
  private static final LocalDate TUESDAY = LocalDate.of(2024, 12, 3);

  @TempDir Path runs;

  @Test
  void stopsAtOnceAndResumesWhereTheLastCompletedDayLeftOff() throws InterruptedException {
    ManualClock clock = new ManualClock(newYork(FRIDAY, LocalTime.of(8, 0)));
    Instant noon = newYork(MONDAY, LocalTime.NOON);
    RunConfig config = LiveRunFixture.config("live", FRIDAY, TUESDAY);
    RunDirectory run = RunDirectory.create(runs, LocalDateTime.of(2024, 11, 29, 8, 0));
    try (LocalQuoteServer finnhub = new LocalQuoteServer(clock, (ticker, at) -> false)) {
      LiveSettings settings =
          new LiveSettings(
              clock,
              LiveRunFixture.finnhubAt(finnhub.baseUrl()),
              DecisionTime.parse("09:00"),
              Duration.ofMinutes(30));

      LiveRun first = LiveRunFixture.run(run, config, LiveRunFixture.market(7), settings);
      // a thread of the clock made before the run's, so time cannot pass noon before it stops it
      Thread stopper =
          clock
              .threads()
              .newThread(
                  () -> {
                    try {
                      clock.at(noon, first::stop);
                    } catch (InterruptedException e) {
                      throw new IllegalStateException(e);
                    }
                  });
      // The run's thread must exist before the stopper sleeps, or time may jump to noon at once.
      first.start();
      stopper.start();
      RunOutcome stopped = first.awaitOutcome();
      stopper.join();

      List<RecordedEvent> cut = EventLog.read(run.events());
      assertThat(stopped.status()).isEqualTo("stopped");
      assertThat(cut.getLast().event())
          .isEqualTo(new RunFinished("stopped", "stopped by the user"));
      assertThat(cut.getLast().at()).isEqualTo(noon);
      assertThat(sessions(cut, DayStarted.class)).containsExactly(FRIDAY, MONDAY);
      assertThat(sessions(cut, DayCompleted.class)).containsExactly(FRIDAY);

      RunOutcome resumed =
          LiveRunFixture.run(run, config, LiveRunFixture.market(7), settings).execute();

      List<RecordedEvent> log = EventLog.read(run.events());
      List<RecordedEvent> after = log.subList(cut.size(), log.size());
      assertThat(resumed.status()).isEqualTo("completed");
      assertThat(after.getFirst().event())
          .isInstanceOfSatisfying(
              RunStarted.class, started -> assertThat(started.resumed()).isTrue());
      assertThat(sessions(after, DayStarted.class)).containsExactly(MONDAY, TUESDAY);
      assertThat(after.stream().filter(e -> e.event() instanceof DayStarted).findFirst())
          .hasValueSatisfying(e -> assertThat(e.at()).isEqualTo(noon));
      assertThat(sessions(after, DayCompleted.class)).containsExactly(MONDAY, TUESDAY);
      assertThat(resumed.daysRun()).isEqualTo(3);

      List<Fill> committed =
          log.stream()
              .filter(e -> e.event() instanceof OrderFilled)
              .filter(e -> !cut.contains(e) || e.session().equals(FRIDAY))
              .map(e -> ((OrderFilled) e.event()).fill())
              .toList();
      assertThat(committed).isNotEmpty();
      Portfolio expected = new Portfolio(config.initialCash(), config.marginRequirement());
      committed.forEach(expected::apply);
      assertThat(resumed.portfolio().cash()).isEqualTo(expected.cash());
      assertThat(resumed.portfolio().openPositions()).isEqualTo(expected.openPositions());
    }
  }

  private static List<LocalDate> sessions(List<RecordedEvent> log, Class<?> type) {
    return log.stream()
        .filter(e -> type.isInstance(e.event()))
        .map(RecordedEvent::session)
        .toList();
  }
}
