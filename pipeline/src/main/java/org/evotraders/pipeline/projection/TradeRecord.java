package org.evotraders.pipeline.projection;

import java.time.format.DateTimeFormatter;
import org.evotraders.core.fills.Fill;

/**
 * One executed fill as trades.json lists it: its id {@code t_YYYYMMDD_TICKER_i} ({@code i} the
 * fill's index within its session, as the original numbered a day's trades), run-clock time in
 * epoch milliseconds, and the fill.
 */
record TradeRecord(String id, long timestamp, Fill fill) {

  static TradeRecord of(Fill fill, int indexInSession, long timestamp) {
    String date = fill.session().format(DateTimeFormatter.BASIC_ISO_DATE);
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
