package org.evotraders.core.portfolio;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Realized profit and opening commissions per ticker, as fills close and open positions. */
final class Ledger {

  private final Map<String, BigDecimal> realized = new TreeMap<>();
  private final Map<String, BigDecimal> openingCommissions = new TreeMap<>();

  void realize(String ticker, BigDecimal amount) {
    realized.merge(ticker, amount, BigDecimal::add);
    openingCommissions.putIfAbsent(ticker, BigDecimal.ZERO);
  }

  void payOpeningCommission(String ticker, BigDecimal commission) {
    openingCommissions.merge(ticker, commission, BigDecimal::add);
    realized.putIfAbsent(ticker, BigDecimal.ZERO);
  }

  Set<String> tickers() {
    return realized.keySet();
  }

  /** Returns the ticker's line with the shares still held marked at {@code price}. */
  TickerPnl line(String ticker, Position position, BigDecimal price) {
    BigDecimal unrealized =
        price
            .multiply(BigDecimal.valueOf(position.longQuantity()))
            .subtract(position.longCost())
            .add(position.shortCost())
            .subtract(price.multiply(BigDecimal.valueOf(position.shortQuantity())));
    return new TickerPnl(
        ticker,
        realized.getOrDefault(ticker, BigDecimal.ZERO).doubleValue(),
        unrealized.doubleValue(),
        openingCommissions.getOrDefault(ticker, BigDecimal.ZERO).doubleValue());
  }
}
