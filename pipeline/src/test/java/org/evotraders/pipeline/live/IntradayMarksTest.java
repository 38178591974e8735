package org.evotraders.pipeline.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evotraders.pipeline.live.LiveRunFixture.newYork;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.PortfolioMarked;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live run on Monday 2024-12-02 and Tuesday 2024-12-03, on virtual time and a local Finnhub whose
 * prices start each session at their base (AAPL 200, MSFT 400, SPY 500) and rise 0.01 a minute,
 * polled every minute, without trading costs: the portfolio and the baselines are marked at the
 * latest prices after every poll from the day's fills (09:30:05) to the close.
 */
class IntradayMarksTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 12, 2);
  private static final LocalDate TUESDAY = LocalDate.of(2024, 12, 3);
  private static final Instant TUESDAY_TEN = newYork(TUESDAY, LocalTime.of(10, 0));

  @TempDir static Path runs;

  private static RunConfig config;
  private static List<RecordedEvent> log;

  @BeforeAll
  static void runMondayAndTuesday() {
    ManualClock clock = new ManualClock(newYork(MONDAY, LocalTime.of(8, 0)));
    try (LocalQuoteServer finnhub = new LocalQuoteServer(clock, (ticker, at) -> false)) {
      RunDirectory run = RunDirectory.create(runs, LocalDateTime.of(2024, 12, 2, 8, 0));
      config = LiveRunFixture.config("live", MONDAY, TUESDAY);
      LiveSettings settings =
          new LiveSettings(
              clock,
              LiveRunFixture.finnhubAt(finnhub.baseUrl()),
              DecisionTime.parse("09:00"),
              Duration.ofMinutes(1));
      LiveRunFixture.run(run, config, LiveRunFixture.market(7), settings).execute();
      log = EventLog.read(run.events());
    }
  }

  @Test
  void marksOncePerPollFromTheMinuteAfterTheFillsToTheLastBeforeTheClose() {
    for (LocalDate day : List.of(MONDAY, TUESDAY)) {
      List<Instant> times =
          marks().stream().filter(e -> e.session().equals(day)).map(RecordedEvent::at).toList();
      // polls at 09:30 (before the 09:30:05 fills: no mark), 09:31, ..., 15:59: 389 marks
      assertThat(times).hasSize(389);
      assertThat(times.getFirst()).isEqualTo(newYork(day, LocalTime.of(9, 31)));
      assertThat(times.getLast()).isEqualTo(newYork(day, LocalTime.of(15, 59)));
    }
  }

  @Test
  void marksTheTeamAtTheLatestPricesWithEveryFillSoFar() {
    PortfolioMarked mark = markAt(TUESDAY_TEN);
    // no costs: NAV = 100,000 + sum over fills of signed shares x (price now - fill price);
    // at 10:00 every ticker is its base + 30 x 0.01
    double nav = 100_000;
    for (RecordedEvent recorded : log) {
      if (recorded.event() instanceof OrderFilled filled) {
        Fill fill = filled.fill();
        long signed =
            fill.side() == Side.BUY || fill.side() == Side.COVER
                ? fill.quantity()
                : -fill.quantity();
        nav += signed * (LocalQuoteServer.BASE.get(fill.ticker()) + 0.30 - fill.price());
      }
    }
    assertThat(log).anyMatch(e -> e.event() instanceof OrderFilled);
    assertThat(mark.nav()).isCloseTo(nav, within(1e-6));
  }

  @Test
  void marksTheBaselinesWithTheHoldingsOfTheirLastSettlement() {
    // Monday: no baseline has settled a session yet, so all are cash
    PortfolioMarked monday = markAt(newYork(MONDAY, LocalTime.of(10, 0)));
    assertThat(monday.baselines().get("equal_weight")).isEqualTo(100_000);
    assertThat(monday.baselines().get("SPY")).isEqualTo(100_000);

    // Monday's opens (the 09:30:05 fills) are base + 0.01/12. Equal weight put 50,000 in each:
    // 249 AAPL at 200.000833 and 124 MSFT at 400.000833, cash 600 - 373 x 0.01/12 = 599.689167;
    // Tuesday 10:00: 599.689167 + 249 x 200.30 + 124 x 400.30 = 100,111.589167
    PortfolioMarked tuesday = markAt(TUESDAY_TEN);
    assertThat(tuesday.baselines().get("equal_weight")).isCloseTo(100_111.589167, within(1e-6));
    // SPY: 199 at 500.000833, cash 100,000 - 99,500.165833 = 499.834167; + 199 x 500.30
    assertThat(tuesday.baselines().get("SPY")).isCloseTo(100_059.534167, within(1e-6));
    assertThat(tuesday.baselines()).containsKeys("value_weighted", "momentum");
  }

  @Test
  void theStateCarriesTheSessionsReturnCurvesUpToTheLatestMark() {
    RunProjection projection = RunProjection.replay(config, log);
    JsonNode portfolio = projection.initialStateJson().get("portfolio");

    // Tuesday's 389 marks, one a minute; v is the return on 100,000 in percent
    JsonNode baseline = portfolio.get("baseline_return");
    assertThat(baseline).hasSize(389);
    JsonNode atTen = baseline.get(29);
    assertThat(atTen.get("t").asLong()).isEqualTo(TUESDAY_TEN.toEpochMilli());
    assertThat(atTen.get("v").asDouble()).isEqualTo(0.1116);
    PortfolioMarked last = (PortfolioMarked) marks().getLast().event();
    assertThat(portfolio.get("equity_return").get(388).get("v").asDouble())
        .isCloseTo((last.nav() / 100_000 - 1) * 100, within(5e-5));
    assertThat(portfolio.get("momentum_return")).hasSize(389);
    assertThat(portfolio.get("baseline_vw_return")).hasSize(389);
    // the feed keeps no intraday mark
    assertThat(projection.initialStateJson().get("feed_history").findValuesAsText("type"))
        .doesNotContain("portfolio_marked");
  }

  private static List<RecordedEvent> marks() {
    return log.stream().filter(e -> e.event() instanceof PortfolioMarked).toList();
  }

  private static PortfolioMarked markAt(Instant at) {
    return (PortfolioMarked)
        marks().stream().filter(e -> e.at().equals(at)).findFirst().orElseThrow().event();
  }
}
