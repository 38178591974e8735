package org.evotraders.core.market;

import java.time.Instant;

/** A live snapshot of one ticker during a session, as polled from a quote provider. */
public record Quote(
    String ticker,
    Instant at,
    double price,
    double open,
    double high,
    double low,
    double previousClose) {

  /** Returns the move since today's open, in percent (0 when the open is unknown). */
  public double returnSinceOpenPercent() {
    return open > 0 ? (price / open - 1.0) * 100.0 : 0.0;
  }
}
