package org.evotraders.core.orders;

/**
 * One incremental decision for one ticker and session, as the original system's {@code
 * make_decision} tool gives it: {@code quantity} shares more in the direction of {@code action},
 * not a target position. A long of 10 while short 4 covers the 4 and buys 6.
 */
public record Order(String ticker, Action action, long quantity) {

  public Order {
    if (ticker == null || ticker.isBlank()) {
      throw new IllegalArgumentException("order needs a ticker");
    }
    if (action == null) {
      throw new IllegalArgumentException("order for " + ticker + " needs an action");
    }
    if (quantity < 0) {
      throw new IllegalArgumentException(
          "order for %s asks for %d shares: quantity counts shares to trade and cannot be negative"
              .formatted(ticker, quantity));
    }
  }

  /** Returns whether the order asks for no trade at all (a hold, or zero shares). */
  public boolean tradesNothing() {
    return action == Action.HOLD || quantity == 0;
  }
}
