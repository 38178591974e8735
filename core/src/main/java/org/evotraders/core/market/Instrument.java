package org.evotraders.core.market;

/** A tradable equity listed on an exchange, quoted in a currency. */
public record Instrument(String ticker, String exchange, String currency) {

  public Instrument {
    if (ticker == null || !ticker.matches("[A-Z0-9][A-Z0-9.\\-]{0,14}")) {
      throw new IllegalArgumentException(
          "'" + ticker + "' is not a ticker: use letters, digits, '.' or '-', e.g. AAPL or BRK-B");
    }
  }

  /** Returns a US equity on the NYSE calendar, priced in USD. */
  public static Instrument usEquity(String ticker) {
    return new Instrument(ticker.trim().toUpperCase(java.util.Locale.ROOT), "NYSE", "USD");
  }
}
