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
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.MarketStatusChanged;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.market.Bar;
import org.evotraders.data.synthetic.SyntheticMarket;
import org.evotraders.data.synthetic.SyntheticQuotes;
import org.evotraders.pipeline.cycle.RunOutcome;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mock mode in real time, sped up: a Monday of the synthetic market from 06:30 to the close on a
 * clock 10,000 times faster than the wall (the session in 2.3 s, the three hours before the open,
 * where the run starts up and the team decides, in a second). The quotes walk through the day
 * inside each ticker's synthetic bar, so the dashboard gets moving prices, and the day settles at
 * the bar's close.
 */
class MockIntradayTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 12, 2);

  @TempDir Path runs;

  @Test
  void movesPricesThroughTheSessionAndSettlesAtTheSyntheticClose() {
    SyntheticMarket market = LiveRunFixture.market(11);
    Instant start = newYork(MONDAY, LocalTime.of(6, 30));
    AcceleratedClock clock = new AcceleratedClock(start, 10_000);
    RunDirectory run = RunDirectory.create(runs, LocalDateTime.of(2024, 12, 2, 6, 30));
    LiveSettings settings =
        new LiveSettings(
            clock,
            new SyntheticQuotes(market, clock::now),
            DecisionTime.parse("now"),
            Duration.ofMinutes(2));

    RunOutcome outcome =
        LiveRunFixture.run(run, LiveRunFixture.config("mock", MONDAY, MONDAY), market, settings)
            .execute();

    List<RecordedEvent> log = EventLog.read(run.events());
    assertThat(outcome.status()).isEqualTo("completed");
    Instant close = newYork(MONDAY, LocalTime.of(16, 0));
    List<RecordedEvent> polled =
        log.stream()
            .filter(e -> e.event() instanceof PriceUpdated)
            .filter(e -> e.at().isBefore(close))
            .toList();
    for (String ticker : LiveRunFixture.TICKERS) {
      Bar bar = market.bars(ticker, MONDAY, MONDAY).getFirst();
      List<Double> prices =
          polled.stream()
              .map(e -> (PriceUpdated) e.event())
              .filter(u -> u.symbol().equals(ticker))
              .map(PriceUpdated::price)
              .toList();
      // a poll every 2 minutes of a 390-minute session is 195; a busy machine falls behind
      assertThat(prices).hasSizeGreaterThan(30);
      assertThat(prices.stream().distinct().count()).isGreaterThan(30);
      assertThat(prices).allSatisfy(p -> assertThat(p).isBetween(bar.low(), bar.high()));
    }
    var settled =
        log.stream().filter(e -> e.event() instanceof DaySettled).findFirst().orElseThrow();
    assertThat(settled.at()).isAfterOrEqualTo(close.plusSeconds(10));
    for (String ticker : List.of("AAPL", "MSFT", "SPY")) {
      Bar bar = market.bars(ticker, MONDAY, MONDAY).getFirst();
      var settlement = ((DaySettled) settled.event()).settlement();
      assertThat(settlement.closes().get(ticker)).isEqualTo(bar.close());
      assertThat(settlement.opens().get(ticker)).isBetween(bar.low(), bar.high());
    }
    assertThat(
            log.stream()
                .filter(e -> e.event() instanceof MarketStatusChanged)
                .map(e -> ((MarketStatusChanged) e.event()).status()))
        .containsExactly("premarket", "open", "closed");
  }
}
