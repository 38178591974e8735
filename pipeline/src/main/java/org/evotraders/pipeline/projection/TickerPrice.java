package org.evotraders.pipeline.projection;

import java.time.LocalDate;

/**
 * The latest quote of one ticker as the dashboard shows it: {@code ret} is the percent change since
 * the session's open, {@code previousClose} NaN when unknown, {@code timestamp} the run-clock time
 * in epoch milliseconds, and {@code session} the session the quote belongs to.
 */
record TickerPrice(
    String symbol,
    double price,
    double open,
    double high,
    double low,
    double previousClose,
    double ret,
    long timestamp,
    LocalDate session) {

  /**
   * Returns the quote after {@code session} closed at {@code close} having opened at {@code open}:
   * the same session's high and low widen, a new session starts from its open and close with this
   * quote's price as its previous close.
   */
  TickerPrice closedAt(LocalDate session, double close, double open, long at) {
    double ret = open > 0 ? (close / open - 1) * 100 : 0;
    if (session.equals(this.session)) {
      return new TickerPrice(
          symbol,
          close,
          open,
          Math.max(high, close),
          Math.min(low, close),
          previousClose,
          ret,
          at,
          session);
    }
    return new TickerPrice(
        symbol, close, open, Math.max(open, close), Math.min(open, close), price, ret, at, session);
  }

  /** Returns the quote of a ticker whose first known price is {@code price} in {@code session}. */
  static TickerPrice first(String symbol, double price, long at, LocalDate session) {
    return new TickerPrice(symbol, price, price, price, price, Double.NaN, 0, at, session);
  }
}
