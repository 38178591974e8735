package org.evotraders.pipeline.live;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.market.Bar;
import org.evotraders.core.market.Quote;
import org.evotraders.pipeline.cycle.SessionMarket;
import org.evotraders.pipeline.cycle.TradingDay;

/**
 * The session prices of a live or mock run, from quotes: execution waits for the open (plus 5 s),
 * or trades at once at the current quotes if the market is already open; settlement waits for the
 * close (plus 10 s). Each then asks for quotes until every ticker has a price, at most 12 times 5 s
 * apart, as the original does; a ticker still without one is left out (its order is not filled).
 */
final class LiveSessionMarket implements SessionMarket {

  static final Duration AFTER_OPEN = Duration.ofSeconds(5);
  static final Duration AFTER_CLOSE = Duration.ofSeconds(10);
  static final Duration RETRY = Duration.ofSeconds(5);
  static final int ATTEMPTS = 12;

  private final LiveQuotes quotes;
  private final List<String> symbols;
  private final RunTimer timer;
  private final SessionTape tape;
  private final IntradayMarks marks;

  /**
   * @param symbols the run's tickers and its benchmark
   * @param marks opened for the wait for the close, when the day's fills are done
   */
  LiveSessionMarket(
      LiveQuotes quotes,
      List<String> symbols,
      RunTimer timer,
      SessionTape tape,
      IntradayMarks marks) {
    this.quotes = quotes;
    this.symbols = List.copyOf(symbols);
    this.timer = timer;
    this.tape = tape;
    this.marks = marks;
  }

  /** Returns bars whose every price is the live price at execution. */
  @Override
  public Map<String, Bar> atOpen(TradingDay day) {
    timer.waitUntil(day.open().plus(AFTER_OPEN));
    Map<String, Bar> bars = new LinkedHashMap<>();
    latest()
        .forEach(
            (ticker, quote) -> {
              double p = quote.price();
              tape.open(day.date(), ticker, p);
              bars.put(ticker, new Bar(ticker, day.date(), p, p, p, p, 0));
            });
    return bars;
  }

  /**
   * Returns each ticker's session bar from the prices seen: open, high, low, last. The daily cycle
   * asks once the day's orders are filled and settles with the answer, so the book rests meanwhile
   * and the poller may mark it.
   */
  @Override
  public Map<String, Bar> atClose(TradingDay day) {
    marks.rest();
    try {
      timer.waitUntil(day.close().plus(AFTER_CLOSE));
    } finally {
      marks.settle();
    }
    latest().forEach((ticker, quote) -> tape.record(day.date(), ticker, quote.price()));
    return tape.bars(day.date(), symbols);
  }

  /**
   * Asks for every symbol's quote until each has had a price, at most {@link #ATTEMPTS} times; each
   * attempt asks again for all, so the prices returned are the latest, taken together.
   */
  private Map<String, Quote> latest() {
    Map<String, Quote> priced = new LinkedHashMap<>();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      for (String symbol : symbols) {
        quotes.priced(symbol).ifPresent(q -> priced.put(symbol, q));
      }
      if (priced.size() == symbols.size() || attempt == ATTEMPTS) {
        break;
      }
      Instant retry = timer.now().plus(RETRY);
      timer.waitUntil(retry);
    }
    Map<String, Quote> ordered = new LinkedHashMap<>();
    symbols.stream().filter(priced::containsKey).forEach(s -> ordered.put(s, priced.get(s)));
    return ordered;
  }
}
