package org.evotraders.core.market;

import com.opengamma.strata.basics.ReferenceData;
import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarIds;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The NYSE trading calendar for 2000-2035: which days are sessions, when they open and close, and
 * which close early.
 *
 * <p>Full-day closures come from OpenGamma Strata's maintained NYSE holiday calendar (weekends,
 * federal holidays as NYSE observes them, Good Friday, national days of mourning such as
 * 2025-01-09). Strata lacks one unscheduled closure, the first day of Hurricane Sandy (2012-10-29),
 * which {@link #EXTRA_CLOSURES} adds. Strata has no early closes, so the 13:00 closes follow NYSE's
 * rules as pandas_market_calendars encodes them: July 3 on Mon, Tue or Thu (and on Wed from 2013),
 * Friday July 5 before 2013, the day after Thanksgiving, and December 24 on Mon-Thu.
 */
public final class TradingCalendar {

  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  public static final LocalDate FIRST_SUPPORTED = LocalDate.of(2000, 1, 1);
  public static final LocalDate LAST_SUPPORTED = LocalDate.of(2035, 12, 31);

  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);
  private static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);
  private static final Set<LocalDate> EXTRA_CLOSURES = Set.of(LocalDate.of(2012, 10, 29));

  private static final TradingCalendar NYSE =
      new TradingCalendar(HolidayCalendarIds.NYSE.resolve(ReferenceData.standard()));

  private final HolidayCalendar holidays;

  private TradingCalendar(HolidayCalendar holidays) {
    this.holidays = holidays;
  }

  /** Returns the New York Stock Exchange calendar. */
  public static TradingCalendar nyse() {
    return NYSE;
  }

  /** Returns whether the exchange trades on this day. */
  public boolean isSession(LocalDate date) {
    checkSupported(date);
    return !holidays.isHoliday(date) && !EXTRA_CLOSURES.contains(date);
  }

  /** Returns the session on this day, or empty when the exchange is closed. */
  public Optional<TradingSession> session(LocalDate date) {
    if (!isSession(date)) {
      return Optional.empty();
    }
    boolean early = isEarlyClose(date);
    return Optional.of(
        new TradingSession(
            date,
            date.atTime(OPEN).atZone(NEW_YORK),
            date.atTime(early ? EARLY_CLOSE : CLOSE).atZone(NEW_YORK),
            early));
  }

  /** Returns the sessions with {@code from <= date <= to}, oldest first. */
  public List<TradingSession> sessions(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the range %s to %s ends before it starts: swap the dates".formatted(from, to));
    }
    List<TradingSession> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      session(d).ifPresent(out::add);
    }
    return out;
  }

  /** Returns the session dates with {@code from <= date <= to}, oldest first. */
  public List<LocalDate> sessionDates(LocalDate from, LocalDate to) {
    return sessions(from, to).stream().map(TradingSession::date).toList();
  }

  /** Returns the first session strictly after {@code date}. */
  public LocalDate nextSession(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (!isSession(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Returns the last session strictly before {@code date}. */
  public LocalDate previousSession(LocalDate date) {
    LocalDate d = date.minusDays(1);
    while (!isSession(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  private boolean isEarlyClose(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    if (month == 7 && day == 3) {
      return dow != DayOfWeek.WEDNESDAY || date.getYear() >= 2013;
    }
    if (month == 7 && day == 5) {
      return dow == DayOfWeek.FRIDAY && date.getYear() < 2013;
    }
    if (month == 12 && day == 24) {
      return dow != DayOfWeek.FRIDAY;
    }
    return month == 11 && dow == DayOfWeek.FRIDAY && isThanksgiving(date.minusDays(1));
  }

  private static boolean isThanksgiving(LocalDate date) {
    return date.getMonthValue() == 11
        && date.getDayOfWeek() == DayOfWeek.THURSDAY
        && (date.getDayOfMonth() - 1) / 7 == 3;
  }

  private static void checkSupported(LocalDate date) {
    if (date.isBefore(FIRST_SUPPORTED) || date.isAfter(LAST_SUPPORTED)) {
      throw new IllegalArgumentException(
          "%s is outside the calendar's range %s to %s"
              .formatted(date, FIRST_SUPPORTED, LAST_SUPPORTED));
    }
  }
}
