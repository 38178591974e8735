package org.evotraders.data.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.evotraders.core.market.Bar;
import org.evotraders.core.market.Quote;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.market.TradingSession;
import org.evotraders.core.marketdata.QuoteSource;

/**
 * Live quotes of the mock mode over a {@link SyntheticMarket}, at the instant its clock reads.
 * During an NYSE session a ticker's price walks from the day's synthetic open to its close,
 * visiting its high and low and never leaving them, so the dashboard moves and the session's quotes
 * agree with the day's bar. Before the open a quote is the previous session's, after the close the
 * day's.
 *
 * <p>The walk is a Brownian bridge with one step a minute, its upward and downward excursions
 * scaled to end exactly at the high and the low; between minutes the price moves in a straight
 * line. Its draws are keyed by (seed, ticker, date), so a quote depends only on the seed, the
 * ticker and the instant.
 */
public final class SyntheticQuotes implements QuoteSource {

  private static final long LOOKBACK_DAYS = 30;

  private final SyntheticMarket market;
  private final InstantSource clock;
  private final TradingCalendar calendar = TradingCalendar.nyse();

  /**
   * @param clock the run's time: quotes are for the instant it reads
   */
  public SyntheticQuotes(SyntheticMarket market, InstantSource clock) {
    this.market = market;
    this.clock = clock;
  }

  @Override
  public Quote quote(String ticker) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(TradingCalendar.NEW_YORK).toLocalDate();
    List<Bar> bars = market.bars(ticker, today.minusDays(LOOKBACK_DAYS), today);
    if (bars.isEmpty()) {
      throw new IllegalArgumentException(
          "the synthetic market has no price of '%s' up to %s: use a ticker of its universe %s"
              .formatted(ticker, today, market.tickers()));
    }
    Bar last = bars.getLast();
    Optional<TradingSession> session = calendar.session(today);
    boolean tradesToday = last.date().equals(today) && session.isPresent();
    if (tradesToday && !now.isBefore(session.get().open().toInstant())) {
      double previousClose = bars.size() > 1 ? bars.get(bars.size() - 2).close() : last.open();
      return now.isBefore(session.get().close().toInstant())
          ? intraday(ticker, now, last, session.get(), previousClose)
          : whole(ticker, now, last, previousClose);
    }
    int closed = tradesToday ? bars.size() - 2 : bars.size() - 1;
    if (closed < 0) {
      throw new IllegalArgumentException(
          "the synthetic market has no session of '%s' before %s: start the clock later"
              .formatted(ticker, today));
    }
    Bar bar = bars.get(closed);
    return whole(ticker, now, bar, closed > 0 ? bars.get(closed - 1).close() : bar.open());
  }

  private static Quote whole(String ticker, Instant now, Bar bar, double previousClose) {
    return new Quote(ticker, now, bar.close(), bar.open(), bar.high(), bar.low(), previousClose);
  }

  private Quote intraday(
      String ticker, Instant now, Bar bar, TradingSession session, double previousClose) {
    double[] path = path(ticker, bar, session);
    double minutes = Duration.between(session.open().toInstant(), now).toNanos() / 60e9;
    int step = (int) minutes;
    double price = path[step] + (path[step + 1] - path[step]) * (minutes - step);
    double high = price;
    double low = price;
    for (int i = 0; i <= step; i++) {
      high = Math.max(high, path[i]);
      low = Math.min(low, path[i]);
    }
    return new Quote(ticker, now, price, bar.open(), high, low, previousClose);
  }

  /** Returns the price at each minute of the session, from the bar's open to its close. */
  private double[] path(String ticker, Bar bar, TradingSession session) {
    int steps = (int) Duration.between(session.open(), session.close()).toMinutes();
    RandomDraws draws = RandomDraws.of(market.seed(), "intraday", ticker, bar.date().toEpochDay());
    double[] walk = new double[steps + 1];
    for (int i = 1; i <= steps; i++) {
      walk[i] = walk[i - 1] + draws.gaussian();
    }
    double[] line = new double[steps + 1];
    double[] bridge = new double[steps + 1];
    double up = Double.POSITIVE_INFINITY;
    double down = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= steps; i++) {
      line[i] = bar.open() + (bar.close() - bar.open()) * i / steps;
      bridge[i] = walk[i] - walk[steps] * i / steps;
      if (bridge[i] > 0) {
        up = Math.min(up, (bar.high() - line[i]) / bridge[i]);
      } else if (bridge[i] < 0) {
        down = Math.min(down, (line[i] - bar.low()) / -bridge[i]);
      }
    }
    double[] path = new double[steps + 1];
    for (int i = 0; i <= steps; i++) {
      double scale = bridge[i] > 0 ? up : down;
      path[i] = bridge[i] == 0 ? line[i] : line[i] + scale * bridge[i];
    }
    path[steps] = bar.close();
    return path;
  }
}
