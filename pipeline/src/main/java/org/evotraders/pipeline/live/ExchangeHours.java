package org.evotraders.pipeline.live;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.evotraders.core.event.RunEvent.MarketStatusChanged;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.market.TradingSession;

/**
 * The exchange calendar read at an instant: the session of the day in New York, whether the market
 * is open, the next open, the trading date a run works on, and the status the dashboard shows.
 */
final class ExchangeHours {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final TradingCalendar calendar;

  ExchangeHours(TradingCalendar calendar) {
    this.calendar = calendar;
  }

  /** Returns the date in New York at {@code instant}. */
  static LocalDate dateAt(Instant instant) {
    return instant.atZone(TradingCalendar.NEW_YORK).toLocalDate();
  }

  /** Returns the session of the New York day of {@code instant}, if that day is one. */
  Optional<TradingSession> sessionAt(Instant instant) {
    return calendar.session(dateAt(instant));
  }

  TradingSession session(LocalDate date) {
    return calendar
        .session(date)
        .orElseThrow(() -> new IllegalArgumentException(date + " is not an NYSE session"));
  }

  /** Returns whether the market is open at {@code instant}: from the open, before the close. */
  boolean isOpen(Instant instant) {
    return sessionAt(instant)
        .filter(s -> !instant.isBefore(s.open().toInstant()))
        .filter(s -> instant.isBefore(s.close().toInstant()))
        .isPresent();
  }

  /** Returns the first open at or after {@code instant}. */
  Instant nextOpen(Instant instant) {
    Instant today =
        sessionAt(instant)
            .map(s -> s.open().toInstant())
            .filter(open -> !open.isBefore(instant))
            .orElse(null);
    return today != null
        ? today
        : session(calendar.nextSession(dateAt(instant))).open().toInstant();
  }

  /**
   * Returns the session a run works on at {@code instant}: today until its close, else the next.
   */
  LocalDate tradingDate(Instant instant) {
    return sessionAt(instant)
        .filter(s -> instant.isBefore(s.close().toInstant()))
        .map(TradingSession::date)
        .orElseGet(() -> calendar.nextSession(dateAt(instant)));
  }

  /** Returns the first session on or after {@code date}. */
  LocalDate sessionOnOrAfter(LocalDate date) {
    return calendar.isSession(date) ? date : calendar.nextSession(date);
  }

  LocalDate nextSession(LocalDate date) {
    return calendar.nextSession(date);
  }

  LocalDate previousSession(LocalDate date) {
    return calendar.previousSession(date);
  }

  /** Returns the market's status at {@code instant}: premarket, open or closed. */
  MarketStatusChanged status(Instant instant) {
    Optional<TradingSession> today = sessionAt(instant);
    if (today.isEmpty()) {
      return new MarketStatusChanged(
          "closed", "Market closed: no session today (weekend or holiday)", false, null, null);
    }
    TradingSession s = today.get();
    Instant open = s.open().toInstant();
    Instant close = s.close().toInstant();
    if (instant.isBefore(open)) {
      return new MarketStatusChanged(
          "premarket", "Pre-market: opens at " + time(s.open()) + " ET", true, open, close);
    }
    if (instant.isBefore(close)) {
      String early = s.earlyClose() ? " (early close)" : "";
      return new MarketStatusChanged(
          "open", "Market open: closes at " + time(s.close()) + " ET" + early, true, open, close);
    }
    return new MarketStatusChanged(
        "closed", "Market closed: closed at " + time(s.close()) + " ET", true, open, close);
  }

  private static String time(ZonedDateTime at) {
    return at.format(TIME);
  }
}
