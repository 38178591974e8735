package org.evotraders.pipeline.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.pipeline.live.RunTimer.RunStopped;
import org.evotraders.pipeline.runs.EventLog;

/**
 * Polls the quotes every poll interval of run time while the market is open, so the dashboard
 * moves: records a price update per ticker ({@code ret} in percent since the quote's open) and
 * keeps the session's prices, the benchmark's too, for the settlement's bars. Sleeps from the close
 * to the next open. Runs on its own thread until the run stops.
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

  /**
   * @param tickers the tickers whose updates are recorded
   * @param symbols the tickers and the benchmark, whose prices the tape keeps
   */
  QuotePoller(
      LiveQuotes quotes,
      List<String> tickers,
      List<String> symbols,
      Duration interval,
      RunTimer timer,
      ExchangeHours hours,
      SessionTape tape,
      EventLog log) {
    this.quotes = quotes;
    this.tickers = List.copyOf(tickers);
    this.symbols = List.copyOf(symbols);
    this.interval = interval;
    this.timer = timer;
    this.hours = hours;
    this.tape = tape;
    this.log = log;
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

  private void poll(LocalDate session) {
    for (String symbol : symbols) {
      quotes
          .priced(symbol)
          .ifPresent(
              quote -> {
                tape.record(session, symbol, quote.price());
                if (tickers.contains(symbol)) {
                  log.append(
                      timer.now(),
                      session,
                      new PriceUpdated(
                          symbol,
                          quote.price(),
                          quote.open(),
                          quote.high(),
                          quote.low(),
                          quote.previousClose(),
                          quote.returnSinceOpenPercent()));
                }
              });
    }
  }
}
