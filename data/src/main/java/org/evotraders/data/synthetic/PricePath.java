package org.evotraders.data.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.market.Bar;

/**
 * The daily bars of one synthetic ticker, simulated session by session from the first one and kept.
 * Each session's log return is a drift, a share of the common market shock (beta) and a shock of
 * the ticker's own, both Student-t with 4 degrees of freedom; the draws are keyed by (seed, ticker,
 * date), so the path does not depend on the order of queries.
 */
final class PricePath {

  /** Yearly volatility of the common market factor. */
  static final double MARKET_VOLATILITY = 0.18;

  private static final double SESSIONS_PER_YEAR = 252;

  private final long seed;
  private final String ticker;
  private final TickerProfile profile;
  private final double baseVolume;
  private final SessionSchedule schedule;
  private final List<Bar> bars = new ArrayList<>();

  PricePath(
      long seed,
      String ticker,
      TickerProfile profile,
      double baseVolume,
      SessionSchedule schedule) {
    this.seed = seed;
    this.ticker = ticker;
    this.profile = profile;
    this.baseVolume = baseVolume;
    this.schedule = schedule;
  }

  /** Returns the bars with {@code from <= date <= to}, oldest first. */
  synchronized List<Bar> between(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      return List.of();
    }
    int end = simulateThrough(to);
    int start = schedule.countBefore(from);
    return List.copyOf(bars.subList(Math.min(start, end), end));
  }

  /** Returns the close of the last session on or before {@code date}, or 0 if none. */
  synchronized double closeOnOrBefore(LocalDate date) {
    int count = simulateThrough(date);
    return count == 0 ? 0 : bars.get(count - 1).close();
  }

  /** Returns the closes of the last {@code count} sessions before {@code date}, oldest first. */
  synchronized List<Double> closesBefore(LocalDate date, int count) {
    int end = simulateThrough(date.minusDays(1));
    return bars.subList(Math.max(0, end - count), end).stream().map(Bar::close).toList();
  }

  private int simulateThrough(LocalDate date) {
    int count = schedule.countThrough(date);
    while (bars.size() < count) {
      double previousClose = bars.isEmpty() ? profile.startPrice() : bars.getLast().close();
      bars.add(session(schedule.session(bars.size()), previousClose));
    }
    return count;
  }

  private Bar session(LocalDate date, double previousClose) {
    double dailyVolatility = profile.annualVolatility() / Math.sqrt(SESSIONS_PER_YEAR);
    double marketPart = profile.beta() * MARKET_VOLATILITY / Math.sqrt(SESSIONS_PER_YEAR);
    double ownPart =
        Math.sqrt(
            Math.max(
                dailyVolatility * dailyVolatility - marketPart * marketPart,
                dailyVolatility * dailyVolatility / 16));
    double marketShock = RandomDraws.of(seed, "market", "", date.toEpochDay()).studentT();
    var draws = RandomDraws.of(seed, "session", ticker, date.toEpochDay());
    double logReturn =
        profile.annualDrift() / SESSIONS_PER_YEAR
            - (marketPart * marketPart + ownPart * ownPart) / 2
            + marketPart * marketShock
            + ownPart * draws.studentT();
    double close = previousClose * Math.exp(logReturn);
    // The open is a noisy point between yesterday's close and today's, like an overnight gap.
    double open =
        previousClose
            * Math.exp(logReturn * draws.uniform() + 0.3 * dailyVolatility * draws.gaussian());
    double high =
        Math.max(open, close) * Math.exp(0.5 * dailyVolatility * Math.abs(draws.gaussian()));
    double low =
        Math.min(open, close) * Math.exp(-0.5 * dailyVolatility * Math.abs(draws.gaussian()));
    // Volume rises with the size of the move, as on real tape.
    double activity =
        Math.exp(0.3 * draws.gaussian()) * (0.6 + 0.5 * Math.abs(logReturn) / dailyVolatility);
    long volume = Math.max(100, Math.round(baseVolume * activity / 100) * 100);
    return new Bar(ticker, date, open, high, low, close, volume);
  }
}
