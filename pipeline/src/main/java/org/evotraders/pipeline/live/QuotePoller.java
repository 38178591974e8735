package org.evotraders.pipeline.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.market.Bar;
import org.evotraders.core.market.Quote;
import org.evotraders.pipeline.live.RunTimer.RunStopped;
import org.evotraders.pipeline.runs.EventLog;

/**
 * Polls the quotes every poll interval of run time while the market is open, so the dashboard
 * moves: records a price update per ticker ({@code ret} in percent since the quote's open) and
 * keeps the session's prices, the benchmark's too, for the settlement's bars; after each round the
 * portfolio and the baselines are marked at the session's latest prices. Sleeps from the close to
 * the next open. Runs on its own thread until the run stops.
 */
final class QuotePoller implements Runnable {

  private final LiveQuotes quotes;
  private final List<String> tickers;
  private final List<String> symbols;
  private final Duration interval;
  private final RunTimer timer;
  private final ExchangeHours hours;
  private final SessionTape tape;
  private final EventLog log;
  private final IntradayMarks marks;

  /**
   * @param tickers the tickers whose updates are recorded
   * @param symbols the tickers and the benchmark, whose prices the tape keeps
   * @param marks marks the portfolio after each round of quotes
   */
  QuotePoller(
      LiveQuotes quotes,
      List<String> tickers,
      List<String> symbols,
      Duration interval,
      RunTimer timer,
      ExchangeHours hours,
      SessionTape tape,
      EventLog log,
      IntradayMarks marks) {
    this.quotes = quotes;
    this.tickers = List.copyOf(tickers);
    this.symbols = List.copyOf(symbols);
    this.interval = interval;
    this.timer = timer;
    this.hours = hours;
    this.tape = tape;
    this.log = log;
    this.marks = marks;
  }

  @Override
  public void run() {
    try {
      while (true) {
        Instant now = timer.now();
        if (hours.isOpen(now)) {
          poll(ExchangeHours.dateAt(now));
          timer.waitUntil(now.plus(interval));
        } else {
          timer.waitUntil(hours.nextOpen(now));
        }
      }
    } catch (RunStopped stopped) {
      // the run ended: so does polling
    }
  }

  /** Records one round of price updates, then the portfolio marked at the session's prices. */
  private void poll(LocalDate session) {
    for (String symbol : symbols) {
      quotes
          .priced(symbol)
          .ifPresent(
              quote -> {
                tape.record(session, symbol, quote.price());
                if (tickers.contains(symbol)) {
                  log.append(timer.now(), session, update(session, quote));
                }
              });
    }
    Map<String, Double> last = new LinkedHashMap<>();
    tape.bars(session, symbols).forEach((symbol, bar) -> last.put(symbol, bar.close()));
    marks.mark(timer.now(), session, last);
  }

  /**
   * Returns the quote's update; a quote without the session's open (financialdatasets.ai's
   * snapshot) takes the open, high and low of the prices seen this session.
   */
  private PriceUpdated update(LocalDate session, Quote quote) {
    Quote shown = quote;
    if (!(quote.open() > 0)) {
      Bar seen = tape.bars(session, List.of(quote.ticker())).get(quote.ticker());
      shown =
          new Quote(
              quote.ticker(),
              quote.at(),
              quote.price(),
              seen.open(),
              seen.high(),
              seen.low(),
              quote.previousClose());
    }
    return new PriceUpdated(
        shown.ticker(),
        shown.price(),
        shown.open(),
        shown.high(),
        shown.low(),
        shown.previousClose(),
        shown.returnSinceOpenPercent());
  }
}
