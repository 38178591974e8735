package org.evotraders.agents.answers;

import org.evotraders.core.orders.Action;

/**
 * The portfolio manager's decision for one ticker, as the original's make_decision tool takes it:
 * an incremental order (long covers shorts first, short sells longs first), not a target.
 */
public record TickerDecision(
    String ticker, Action action, long quantity, int confidence, String reasoning) {

  public TickerDecision {
    if (ticker == null || ticker.isBlank()) {
      throw new IllegalArgumentException("each decision needs its ticker");
    }
    if (action == null) {
      throw new IllegalArgumentException(
          "the action of " + ticker + " must be long, short or hold");
    }
    if (quantity < 0) {
      throw new IllegalArgumentException(
          "the quantity of " + ticker + " counts shares and cannot be negative");
    }
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException(
          "the confidence of " + ticker + " must be 0-100, was " + confidence);
    }
    reasoning = reasoning == null ? "" : reasoning;
  }
}
