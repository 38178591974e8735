package org.evotraders.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.evotraders.core.market.Bar;
import org.evotraders.core.market.Quote;
import org.evotraders.core.market.TradingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The mock mode's intraday quotes: a walk through each session from the synthetic bar's open to its
 * close inside its high and low, the previous session's quote before the open, the same quotes for
 * the same seed and instant.
 */
class SyntheticQuotesTest {

  /** A full session (Monday) and an early close (the day after Thanksgiving, 13:00). */
  private static final LocalDate MONDAY = LocalDate.of(2024, 12, 2);

  private static final LocalDate EARLY_CLOSE = LocalDate.of(2024, 11, 29);

  private final SyntheticMarket market = market(7);
  private final AtomicReference<Instant> now = new AtomicReference<>();
  private final SyntheticQuotes quotes = new SyntheticQuotes(market, now::get);

  @Test
  void walksFromTheOpenToTheCloseWithinTheDaysHighAndLowTouchingBoth() {
    Bar bar = bar(market, "AAPL", MONDAY);
    List<Double> minutes = new ArrayList<>();
    for (int minute = 0; minute < 390; minute++) {
      minutes.add(at(MONDAY, LocalTime.of(9, 30).plusMinutes(minute), "AAPL").price());
    }

    assertThat(minutes.getFirst()).isEqualTo(bar.open());
    assertThat(minutes)
        .allSatisfy(p -> assertThat(p).isBetween(bar.low() - 1e-9, bar.high() + 1e-9));
    assertThat(minutes.stream().mapToDouble(p -> p).max().orElseThrow())
        .isCloseTo(bar.high(), within(1e-9));
    assertThat(minutes.stream().mapToDouble(p -> p).min().orElseThrow())
        .isCloseTo(bar.low(), within(1e-9));
    assertThat(new HashSet<>(minutes)).hasSizeGreaterThan(300);
    Quote closed = at(MONDAY, LocalTime.of(16, 0), "AAPL");
    assertThat(closed.price()).isEqualTo(bar.close());
    assertThat(closed.high()).isEqualTo(bar.high());
    assertThat(closed.low()).isEqualTo(bar.low());
  }

  @Test
  void reportsTheRunningHighAndLowAndTheReturnSinceTheOpen() {
    Bar bar = bar(market, "MSFT", MONDAY);
    double high = 0;
    double low = Double.MAX_VALUE;
    for (int minute = 0; minute < 390; minute += 7) {
      Quote quote = at(MONDAY, LocalTime.of(9, 30).plusMinutes(minute).plusSeconds(20), "MSFT");
      high = Math.max(high, quote.price());
      low = Math.min(low, quote.price());
      assertThat(quote.high()).isGreaterThanOrEqualTo(high);
      assertThat(quote.low()).isLessThanOrEqualTo(low);
      assertThat(quote.open()).isEqualTo(bar.open());
      assertThat(quote.returnSinceOpenPercent())
          .isCloseTo(100 * (quote.price() / bar.open() - 1), within(1e-12));
    }
  }

  @Test
  void quotesThePreviousSessionBeforeTheOpenAndOnWeekends() {
    Bar friday = bar(market, "AAPL", EARLY_CLOSE);
    Bar wednesdayBefore = bar(market, "AAPL", LocalDate.of(2024, 11, 27));

    Quote premarket = at(MONDAY, LocalTime.of(9, 29, 59), "AAPL");
    Quote saturday = at(LocalDate.of(2024, 11, 30), LocalTime.NOON, "AAPL");

    assertThat(premarket.price()).isEqualTo(friday.close());
    assertThat(premarket.previousClose()).isEqualTo(wednesdayBefore.close());
    assertThat(saturday).usingRecursiveComparison().ignoringFields("at").isEqualTo(premarket);
  }

  @Test
  void endsAnEarlyCloseDayAtItsCloseAtOnePm() {
    Bar bar = bar(market, "NVDA", EARLY_CLOSE);

    assertThat(at(EARLY_CLOSE, LocalTime.of(12, 59, 59), "NVDA").price()).isNotEqualTo(bar.close());
    assertThat(at(EARLY_CLOSE, LocalTime.of(13, 0), "NVDA").price()).isEqualTo(bar.close());
  }

  @Test
  void givesTheSameQuoteForTheSameSeedAndInstantAndAnotherForAnotherSeed() {
    Instant instant = instant(MONDAY, LocalTime.of(11, 17, 3));
    InstantSource fixed = () -> instant;

    Quote first = new SyntheticQuotes(market(7), fixed).quote("AAPL");
    Quote again = new SyntheticQuotes(market(7), fixed).quote("AAPL");
    Quote otherSeed = new SyntheticQuotes(market(8), fixed).quote("AAPL");

    assertThat(again).isEqualTo(first);
    assertThat(otherSeed.price()).isNotEqualTo(first.price());
  }

  @Test
  void refusesATickerOutsideTheUniverse() {
    now.set(instant(MONDAY, LocalTime.NOON));

    assertThatThrownBy(() -> quotes.quote("ZZZZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ZZZZ'")
        .hasMessageContaining("AAPL");
  }

  private Quote at(LocalDate date, LocalTime time, String ticker) {
    now.set(instant(date, time));
    return quotes.quote(ticker);
  }

  private static Instant instant(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(TradingCalendar.NEW_YORK).toInstant();
  }

  private static Bar bar(SyntheticMarket market, String ticker, LocalDate date) {
    return market.bars(ticker, date, date).getFirst();
  }

  private static SyntheticMarket market(long seed) {
    return SyntheticMarket.builder(seed)
        .sessions(TradingCalendar.nyse()::isSession)
        .firstDate(LocalDate.of(2024, 1, 2))
        .tickers(List.of("AAPL", "MSFT", "NVDA"))
        .build();
  }
}
