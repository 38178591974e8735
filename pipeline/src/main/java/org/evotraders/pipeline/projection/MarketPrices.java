package org.evotraders.pipeline.projection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.event.Settlement;

/**
 * The latest price of each ticker: quotes from price updates, closes from settlements, and the fill
 * price of a ticker traded before any quote arrived, so every held ticker can be marked.
 */
final class MarketPrices implements Checkpointed {

  private Map<String, TickerPrice> quotes = new TreeMap<>();
  private Map<String, TickerPrice> committed = Map.of();

  void update(PriceUpdated update, long at, LocalDate session) {
    quotes.put(
        update.symbol(),
        new TickerPrice(
            update.symbol(),
            update.price(),
            update.open(),
            update.high(),
            update.low(),
            update.previousClose(),
            update.ret(),
            at,
            session));
  }

  void settle(Settlement settlement, long at) {
    settlement
        .closes()
        .forEach(
            (ticker, close) -> {
              double open = settlement.opens().getOrDefault(ticker, close);
              TickerPrice known =
                  quotes.getOrDefault(
                      ticker, TickerPrice.first(ticker, open, at, settlement.date()));
              quotes.put(ticker, known.closedAt(settlement.date(), close, open, at));
            });
  }

  /** Records a fill price as the ticker's price only when no quote is known yet. */
  void traded(String ticker, double price, long at, LocalDate session) {
    quotes.computeIfAbsent(ticker, symbol -> TickerPrice.first(symbol, price, at, session));
  }

  /** Returns the quotes by ticker, in ticker order. */
  Map<String, TickerPrice> quotes() {
    return quotes;
  }

  /** Returns the last price of each ticker, for marking positions. */
  Map<String, Double> marks() {
    Map<String, Double> marks = new HashMap<>();
    quotes.forEach((ticker, quote) -> marks.put(ticker, quote.price()));
    return marks;
  }

  @Override
  public void commit() {
    committed = Map.copyOf(quotes);
  }

  @Override
  public void rollback() {
    quotes = new TreeMap<>(committed);
  }
}
