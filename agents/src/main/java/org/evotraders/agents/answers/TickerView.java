package org.evotraders.agents.answers;

import org.evotraders.core.signals.Signal;

/** An analyst's view of one ticker as the model states it. */
public record TickerView(String ticker, Signal signal, int confidence, String reasoning) {

  public TickerView {
    if (ticker == null || ticker.isBlank()) {
      throw new IllegalArgumentException("each signal needs its ticker");
    }
    if (signal == null) {
      throw new IllegalArgumentException(
          "the signal of " + ticker + " must be bullish, bearish or neutral");
    }
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException(
          "the confidence of " + ticker + " must be 0-100, was " + confidence);
    }
    reasoning = reasoning == null ? "" : reasoning;
  }
}
