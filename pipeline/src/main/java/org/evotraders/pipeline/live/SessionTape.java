package org.evotraders.pipeline.live;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.market.Bar;

/**
 * The prices seen of each ticker during the current session, as the quote poller and the waits for
 * the open and the close read them: the open (the price the team traded at), the high, the low and
 * the last. A new session starts a new tape.
 */
final class SessionTape {

  private LocalDate session;
  private final Map<String, Prices> prices = new HashMap<>();

  /** Sets the session's open of {@code ticker}: the price it is executed at. */
  synchronized void open(LocalDate date, String ticker, double price) {
    Prices seen = seen(date, ticker, price);
    seen.open = price;
  }

  /** Adds a price of {@code ticker} seen during session {@code date}. */
  synchronized void record(LocalDate date, String ticker, double price) {
    seen(date, ticker, price);
  }

  /** Returns the session bar of each ticker with a price seen, keyed and ordered as asked. */
  synchronized Map<String, Bar> bars(LocalDate date, List<String> tickers) {
    Map<String, Bar> bars = new LinkedHashMap<>();
    if (!date.equals(session)) {
      return bars;
    }
    for (String ticker : tickers) {
      Prices p = prices.get(ticker);
      if (p != null) {
        bars.put(ticker, new Bar(ticker, date, p.open, p.high, p.low, p.last, 0));
      }
    }
    return bars;
  }

  private Prices seen(LocalDate date, String ticker, double price) {
    if (!date.equals(session)) {
      session = date;
      prices.clear();
    }
    Prices p = prices.computeIfAbsent(ticker, t -> new Prices(price));
    p.high = Math.max(p.high, price);
    p.low = Math.min(p.low, price);
    p.last = price;
    return p;
  }

  private static final class Prices {
    private double open;
    private double high;
    private double low;
    private double last;

    private Prices(double first) {
      this.open = first;
      this.high = first;
      this.low = first;
      this.last = first;
    }
  }
}
