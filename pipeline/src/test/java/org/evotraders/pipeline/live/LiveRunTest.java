package org.evotraders.pipeline.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evotraders.pipeline.live.LiveRunFixture.newYork;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.MarketStatusChanged;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.OrderPlaced;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.market.TradingSession;
import org.evotraders.pipeline.cycle.RunOutcome;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live run from Friday 2024-11-29 (the day after Thanksgiving, closing at 13:00) to Tuesday
 * 2024-12-03 on virtual time, with quotes from a local Finnhub: the team decides at 09:00 on each
 * trading day, trades once the market has opened and every ticker has a price, settles once it has
 * closed, and the dashboard gets the market's status and prices all along.
 *
 * <p>The local Finnhub withholds MSFT's price until 09:30:12 on Friday, so Friday's execution waits
 * for it: asked at 09:30:05 and 09:30:10, it trades at 09:30:15 (5 s apart, as the original).
 */
class LiveRunTest {

  private static final LocalDate FRIDAY = LocalDate.of(2024, 11, 29);
  private static final LocalDate MONDAY = LocalDate.of(2024, 12, 2);
  private static final LocalDate TUESDAY = LocalDate.of(2024, 12, 3);
  private static final List<LocalDate> DAYS = List.of(FRIDAY, MONDAY, TUESDAY);

  /** When each day trades: the open plus 5 s, Friday 10 s later for MSFT's price. */
  private static final Map<LocalDate, Instant> EXECUTION =
      Map.of(
          FRIDAY, newYork(FRIDAY, LocalTime.of(9, 30, 15)),
          MONDAY, newYork(MONDAY, LocalTime.of(9, 30, 5)),
          TUESDAY, newYork(TUESDAY, LocalTime.of(9, 30, 5)));

  @TempDir static Path runs;

  private static RunOutcome outcome;
  private static List<RecordedEvent> log;
  private static int quoteRequests;

  @BeforeAll
  static void runFridayToTuesday() {
    ManualClock clock = new ManualClock(newYork(FRIDAY, LocalTime.of(8, 0)));
    Instant msftQuoted = newYork(FRIDAY, LocalTime.of(9, 30, 12));
    try (LocalQuoteServer finnhub =
        new LocalQuoteServer(
            clock,
            (ticker, at) ->
                ticker.equals("MSFT")
                    && at.isAfter(msftQuoted.minusSeconds(60))
                    && at.isBefore(msftQuoted))) {
      RunDirectory run = RunDirectory.create(runs, LocalDateTime.of(2024, 11, 29, 8, 0));
      RunConfig config = LiveRunFixture.config("live", FRIDAY, TUESDAY);
      LiveSettings settings =
          new LiveSettings(
              clock,
              LiveRunFixture.finnhubAt(finnhub.baseUrl()),
              DecisionTime.parse("09:00"),
              Duration.ofMinutes(1));
      outcome = LiveRunFixture.run(run, config, LiveRunFixture.market(7), settings).execute();
      log = EventLog.read(run.events());
      quoteRequests = finnhub.requests();
    }
  }

  @Test
  void runsTheCycleOnFridayMondayAndTuesdayAndNotOnTheWeekend() {
    assertThat(sessions(DayStarted.class)).isEqualTo(DAYS);
    assertThat(sessions(DayCompleted.class)).isEqualTo(DAYS);
    assertThat(times(DayStarted.class))
        .containsExactly(
            newYork(FRIDAY, LocalTime.of(9, 0)),
            newYork(MONDAY, LocalTime.of(9, 0)),
            newYork(TUESDAY, LocalTime.of(9, 0)));
    assertThat(outcome.status()).isEqualTo("completed");
    assertThat(outcome.daysRun()).isEqualTo(3);
    RecordedEvent last = log.getLast();
    assertThat(last.event())
        .isEqualTo(new RunFinished("completed", "every trading day to 2024-12-03 run"));
    assertThat(last.at()).isEqualTo(newYork(TUESDAY, LocalTime.of(16, 0, 10)));
  }

  @Test
  void tradesAfterTheOpenAtTheLivePriceOnceEveryTickerHasOne() {
    List<RecordedEvent> fills = of(OrderFilled.class);
    assertThat(fills).isNotEmpty();
    for (RecordedEvent recorded : fills) {
      var fill = ((OrderFilled) recorded.event()).fill();
      assertThat(recorded.at()).isEqualTo(EXECUTION.get(recorded.session()));
      // no trading costs: the fill price is the quote at that instant
      assertThat(fill.price())
          .isCloseTo(LocalQuoteServer.price(fill.ticker(), recorded.at()), within(1e-9));
    }
    for (RecordedEvent placed : of(OrderPlaced.class)) {
      assertThat(placed.at()).isEqualTo(EXECUTION.get(placed.session()));
    }
    for (RecordedEvent settled : of(DaySettled.class)) {
      Map<String, Double> opens = ((DaySettled) settled.event()).settlement().opens();
      Instant executed = EXECUTION.get(settled.session());
      // 9:30:15 is a quarter of a minute after the open: AAPL 200 + 0.01 * 0.25
      if (settled.session().equals(FRIDAY)) {
        assertThat(opens.get("AAPL")).isCloseTo(200.0025, within(1e-9));
      }
      assertThat(opens.keySet()).containsExactly("AAPL", "MSFT", "SPY");
      opens.forEach(
          (ticker, open) ->
              assertThat(open).isCloseTo(LocalQuoteServer.price(ticker, executed), within(1e-9)));
    }
  }

  @Test
  void settlesAfterTheCloseAtOnePmOnTheEarlyCloseDayAtFourOtherwise() {
    assertThat(times(DaySettled.class))
        .containsExactly(
            newYork(FRIDAY, LocalTime.of(13, 0, 10)),
            newYork(MONDAY, LocalTime.of(16, 0, 10)),
            newYork(TUESDAY, LocalTime.of(16, 0, 10)));
    var friday = ((DaySettled) of(DaySettled.class).getFirst().event()).settlement();
    // 210 minutes of a 13:00 close at 0.01 a minute; a full day is 390 minutes
    assertThat(friday.closes().get("AAPL")).isCloseTo(202.10, within(1e-9));
    var monday = ((DaySettled) of(DaySettled.class).get(1).event()).settlement();
    assertThat(monday.closes().get("MSFT")).isCloseTo(403.90, within(1e-9));
    assertThat(monday.closes().get("SPY")).isCloseTo(503.90, within(1e-9));
  }

  @Test
  void reportsTheMarketGoingFromPremarketToOpenToClosedEachTradingDay() {
    List<String> changes = new ArrayList<>();
    for (RecordedEvent recorded : of(MarketStatusChanged.class)) {
      var status = (MarketStatusChanged) recorded.event();
      changes.add(
          status.status()
              + (status.isTradingDay() ? "" : " (no session)")
              + " "
              + recorded.at().atZone(TradingCalendar.NEW_YORK).toLocalDateTime());
    }
    assertThat(changes)
        .containsExactly(
            "premarket 2024-11-29T08:00",
            "open 2024-11-29T09:30",
            "closed 2024-11-29T13:00",
            "closed (no session) 2024-11-30T00:00",
            "premarket 2024-12-02T00:00",
            "open 2024-12-02T09:30",
            "closed 2024-12-02T16:00",
            "premarket 2024-12-03T00:00",
            "open 2024-12-03T09:30",
            "closed 2024-12-03T16:00");
    var fridayOpen = (MarketStatusChanged) of(MarketStatusChanged.class).get(1).event();
    assertThat(fridayOpen.marketClose()).isEqualTo(newYork(FRIDAY, LocalTime.of(13, 0)));
    assertThat(fridayOpen.statusText()).contains("13:00").contains("early close");
  }

  @Test
  void recordsPriceUpdatesEveryPollIntervalWhileTheMarketIsOpen() {
    List<RecordedEvent> polled = new ArrayList<>();
    for (LocalDate day : DAYS) {
      TradingSession session = TradingCalendar.nyse().session(day).orElseThrow();
      Instant open = session.open().toInstant();
      Instant close = session.close().toInstant();
      List<RecordedEvent> ofTheDay =
          of(PriceUpdated.class).stream()
              .filter(e -> e.session().equals(day))
              .filter(e -> !e.at().equals(EXECUTION.get(day)))
              .filter(e -> e.at().isBefore(close))
              .toList();
      // one AAPL update a minute from the open (MSFT's too, but for its withheld seconds)
      assertThat(ofTheDay.stream().filter(e -> symbol(e).equals("AAPL")).count())
          .isEqualTo(Duration.between(open, close).toMinutes());
      assertThat(ofTheDay).allSatisfy(e -> assertThat(e.at()).isBetween(open, close));
      polled.addAll(ofTheDay);
    }
    assertThat(polled)
        .allSatisfy(
            e -> {
              var update = (PriceUpdated) e.event();
              double base = LocalQuoteServer.BASE.get(update.symbol());
              assertThat(update.price())
                  .isCloseTo(LocalQuoteServer.price(update.symbol(), e.at()), within(1e-9));
              assertThat(update.ret()).isCloseTo(100 * (update.price() / base - 1), within(1e-9));
            });
    // the execution's and the settlement's updates carry the prices of their instants too
    assertThat(of(PriceUpdated.class))
        .allSatisfy(e -> assertThat(e.session()).isIn(DAYS))
        .allSatisfy(
            e ->
                assertThat(((PriceUpdated) e.event()).price())
                    .isCloseTo(LocalQuoteServer.price(symbol(e), e.at()), within(1e-9)));
    assertThat(quoteRequests).isGreaterThan(3 * (210 + 390 + 390));
  }

  private static String symbol(RecordedEvent e) {
    return ((PriceUpdated) e.event()).symbol();
  }

  private static List<RecordedEvent> of(Class<? extends RunEvent> type) {
    return log.stream().filter(e -> type.isInstance(e.event())).toList();
  }

  private static List<LocalDate> sessions(Class<? extends RunEvent> type) {
    return of(type).stream().map(RecordedEvent::session).toList();
  }

  private static List<Instant> times(Class<? extends RunEvent> type) {
    return of(type).stream().map(RecordedEvent::at).toList();
  }
}
