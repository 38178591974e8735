package org.evotraders.pipeline.projection;

import java.time.LocalDate;
import org.evotraders.core.fills.Fill;

/**
 * One executed fill as trades.json lists it: its id {@code t_YYYYMMDD_TICKER_i} ({@code i} the
 * fill's index within its session, as the original numbered a day's trades), run-clock time in
 * epoch milliseconds, and the fill.
 */
record TradeRecord(String id, long timestamp, Fill fill) {

  static TradeRecord of(Fill fill, int indexInSession, long timestamp) {
    LocalDate session = fill.session();
    String date = "%04d%02d%02d".formatted(session.getYear(), session.getMonthValue(), session.getDayOfMonth());
    return new TradeRecord(
        "t_%s_%s_%d".formatted(date, fill.ticker(), indexInSession), timestamp, fill);
  }

  /** Returns the original's side: LONG for buying shares (BUY, COVER), SHORT for selling them. */
  String side() {
    return switch (fill.side()) {
      case BUY, COVER -> "LONG";
      case SELL, SHORT -> "SHORT";
    };
  }
}
