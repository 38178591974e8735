package org.evotraders.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.evotraders.pipeline.runs.EventCodec;

/**
 * One row of GET /api/runs.
 *
 * @param mode mock, backtest or live
 * @param end the last date, null for a live run without one
 * @param status running, completed, budget_exhausted, stopped or failed
 * @param finalReturnPct the NAV's total return in percent, null while unknown
 * @param startedAt when the run folder was created, null when unknown
 */
public record RunListing(
    String id,
    String mode,
    LocalDate start,
    LocalDate end,
    List<String> tickers,
    String status,
    Double finalReturnPct,
    Instant startedAt) {

  public RunListing {
    tickers = List.copyOf(tickers);
  }

  /** Returns the row as the dashboard reads it. */
  public ObjectNode toJson() {
    ObjectNode row = EventCodec.JSON.createObjectNode();
    row.put("id", id);
    row.put("mode", mode);
    row.put("start", text(start));
    row.put("end", text(end));
    tickers.forEach(row.putArray("tickers")::add);
    row.put("status", status);
    row.put("finalReturnPct", finalReturnPct);
    row.put("startedAt", text(startedAt));
    return row;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
