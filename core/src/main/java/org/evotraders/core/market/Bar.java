package org.evotraders.core.market;

import java.time.LocalDate;

/**
 * One daily session of one ticker. Prices are split- and dividend-adjusted where the source
 * provides adjusted data; volume is in shares.
 */
public record Bar(
    String ticker,
    LocalDate date,
    double open,
    double high,
    double low,
    double close,
    long volume) {

  public Bar {
    if (ticker == null || ticker.isBlank()) {
      throw new IllegalArgumentException("bar needs a ticker");
    }
    if (date == null) {
      throw new IllegalArgumentException("bar of " + ticker + " needs a date");
    }
    if (!(open > 0 && high > 0 && low > 0 && close > 0)) {
      throw new IllegalArgumentException(
          "bar of %s on %s has a non-positive or missing price (O=%s H=%s L=%s C=%s)"
              .formatted(ticker, date, open, high, low, close));
    }
    if (high < low) {
      throw new IllegalArgumentException(
          "bar of %s on %s has high %s below low %s".formatted(ticker, date, high, low));
    }
    if (volume < 0) {
      throw new IllegalArgumentException(
          "bar of %s on %s has negative volume %d".formatted(ticker, date, volume));
    }
  }
}
