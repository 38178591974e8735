package org.evotraders.pipeline.live;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.evotraders.core.market.TradingCalendar;

/**
 * When the team decides on each trading day: at {@code time} in New York, and with {@code startNow}
 * the first day right away (then the following days at {@code time}). A day whose decision time has
 * passed when the run reaches it (started or resumed late) is decided at once.
 *
 * @param time New York time of the decision, before the 16:00 close
 */
public record DecisionTime(LocalTime time, boolean startNow) {

  /** The original's default: every trading day at 09:00 New York. */
  public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  public DecisionTime {
    if (!time.isBefore(CLOSE)) {
      throw new IllegalArgumentException(
          "the decision time %s is not before the 16:00 close: choose an earlier New York time"
              .formatted(time));
    }
  }

  /** Parses the CLI's {@code -t}: {@code now}, or {@code HH:MM} in New York time. */
  public static DecisionTime parse(String text) {
    if (text.equalsIgnoreCase("now")) {
      return new DecisionTime(DEFAULT_TIME, true);
    }
    try {
      return new DecisionTime(LocalTime.parse(text), false);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'%s' is not a decision time: use now or HH:MM (New York time)".formatted(text), e);
    }
  }

  /** Returns the scheduled decision instant of session {@code date}. */
  public Instant on(LocalDate date) {
    return date.atTime(time).atZone(TradingCalendar.NEW_YORK).toInstant();
  }
}
