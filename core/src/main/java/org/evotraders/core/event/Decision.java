package org.evotraders.core.event;

import org.evotraders.core.orders.Action;

/**
 * The portfolio manager's decision for one ticker: the incremental order it asked for, what the
 * risk limits allowed, its confidence (0-100) and its reasoning.
 */
public record Decision(
    String ticker, Action action, long requested, long quantity, int confidence, String reasoning) {

  public Decision {
    if (quantity < 0 || quantity > requested) {
      throw new IllegalArgumentException(
          "decision on %s: quantity %d must be between 0 and the requested %d"
              .formatted(ticker, quantity, requested));
    }
  }
}
