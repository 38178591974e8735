package org.evotraders.data.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The trading sessions of the synthetic market from its first date on, found lazily by asking the
 * session predicate day by day. Dates after the horizon have no sessions, so a query for a far
 * future date cannot make the market simulate forever.
 */
final class SessionSchedule {

  private final Predicate<LocalDate> isSession;
  private final LocalDate horizon;
  private final List<LocalDate> sessions = new ArrayList<>();
  private LocalDate nextToExamine;

  SessionSchedule(Predicate<LocalDate> isSession, LocalDate first, LocalDate horizon) {
    this.isSession = isSession;
    this.horizon = horizon;
    this.nextToExamine = first;
  }

  /** The default session test, and the business-day rule of SEC filing deadlines. */
  static boolean isWeekday(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** Returns how many sessions fall on or before {@code date}. */
  synchronized int countThrough(LocalDate date) {
    LocalDate last = date.isAfter(horizon) ? horizon : date;
    while (!nextToExamine.isAfter(last)) {
      if (isSession.test(nextToExamine)) {
        sessions.add(nextToExamine);
      }
      nextToExamine = nextToExamine.plusDays(1);
    }
    int found = Collections.binarySearch(sessions, date);
    return found >= 0 ? found + 1 : -(found + 1);
  }

  /** Returns how many sessions counted so far fall before {@code date}. */
  synchronized int countBefore(LocalDate date) {
    int found = Collections.binarySearch(sessions, date);
    return found >= 0 ? found : -(found + 1);
  }

  /** Returns the session with this index; it must have been counted already. */
  synchronized LocalDate session(int index) {
    return sessions.get(index);
  }
}
