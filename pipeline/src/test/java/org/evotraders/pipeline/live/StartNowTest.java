package org.evotraders.pipeline.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.pipeline.live.LiveRunFixture.newYork;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.OrderPlaced;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -t now} started at 11:00 on Monday, with the market open: the team decides at once and
 * trades at once at the current quotes, settles after the close, and decides Tuesday at 09:00, the
 * default time, instead of stopping after one day as the original did.
 */
class StartNowTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 12, 2);
  private static final LocalDate TUESDAY = LocalDate.of(2024, 12, 3);

  @TempDir Path runs;

  @Test
  void decidesTodayAtOnceThenEveryFollowingTradingDayAtNine() {
    ManualClock clock = new ManualClock(newYork(MONDAY, LocalTime.of(11, 0)));
    List<RecordedEvent> log;
    try (LocalQuoteServer finnhub = new LocalQuoteServer(clock, (ticker, at) -> false)) {
      RunDirectory run = RunDirectory.create(runs, LocalDateTime.of(2024, 12, 2, 11, 0));
      LiveSettings settings =
          new LiveSettings(
              clock,
              LiveRunFixture.finnhubAt(finnhub.baseUrl()),
              DecisionTime.parse("now"),
              Duration.ofMinutes(10));
      LiveRunFixture.run(
              run,
              LiveRunFixture.config("live", MONDAY, TUESDAY),
              LiveRunFixture.market(7),
              settings)
          .execute();
      log = EventLog.read(run.events());
    }

    assertThat(times(log, DayStarted.class))
        .containsExactly(
            newYork(MONDAY, LocalTime.of(11, 0)).toString(),
            newYork(TUESDAY, LocalTime.of(9, 0)).toString());
    assertThat(log.stream().filter(e -> e.event() instanceof OrderPlaced))
        .isNotEmpty()
        .filteredOn(e -> e.session().equals(MONDAY))
        .allSatisfy(e -> assertThat(e.at()).isEqualTo(newYork(MONDAY, LocalTime.of(11, 0))));
    assertThat(times(log, DaySettled.class))
        .containsExactly(
            newYork(MONDAY, LocalTime.of(16, 0, 10)).toString(),
            newYork(TUESDAY, LocalTime.of(16, 0, 10)).toString());
  }

  private static List<String> times(List<RecordedEvent> log, Class<?> type) {
    return log.stream()
        .filter(e -> type.isInstance(e.event()))
        .map(e -> e.at().toString())
        .toList();
  }
}
