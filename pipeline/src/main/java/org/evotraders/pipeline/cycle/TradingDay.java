package org.evotraders.pipeline.cycle;

import java.time.Instant;
import java.time.LocalDate;
import org.evotraders.core.fills.FillTiming;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.market.TradingSession;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/**
 * One day of a run: the session traded ({@code date}), the session whose close the team decides at,
 * and the instants of the decision, the open and the close.
 *
 * <p>With next-open fills (the default) the team decides at the previous session's close and trades
 * at this session's open, so it never sees a price it trades against. With same-session fills it
 * decides at this session's close: the original's timing, kept for comparison, which knows the
 * day's close when it trades at the open (look-ahead) or at the close.
 */
public record TradingDay(
    int index,
    int total,
    LocalDate date,
    LocalDate decisionSession,
    Instant decisionTime,
    Instant open,
    Instant close) {

  /** Returns day {@code index} of {@code total} trading {@code session}. */
  public static TradingDay of(
      int index, int total, TradingSession session, FillTiming fills, TradingCalendar calendar) {
    LocalDate decision =
        fills == FillTiming.NEXT_SESSION_OPEN
            ? calendar.previousSession(session.date())
            : session.date();
    return new TradingDay(
        index,
        total,
        session.date(),
        decision,
        PointInTimeMarketData.barAvailableAt(decision),
        session.open().toInstant(),
        PointInTimeMarketData.barAvailableAt(session.date()));
  }

  /** Returns the share of the run done before this day, 0 to 1. */
  public double progressBefore() {
    return total == 0 ? 1 : (double) index / total;
  }

  /** Returns the share of the run done after this day, 0 to 1. */
  public double progressAfter() {
    return total == 0 ? 1 : (double) (index + 1) / total;
  }
}
