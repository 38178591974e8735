package org.evotraders.agents.answers;

import org.evotraders.core.signals.Direction;

/** An analyst's prediction of one ticker's move from the next open to its close. */
public record TickerPrediction(String ticker, Direction direction, int confidence) {

  public TickerPrediction {
    if (ticker == null || ticker.isBlank()) {
      throw new IllegalArgumentException("each prediction needs its ticker");
    }
    if (direction == null) {
      throw new IllegalArgumentException(
          "the direction of " + ticker + " must be UP, DOWN or NEUTRAL");
    }
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException(
          "the confidence of " + ticker + " must be 0-100, was " + confidence);
    }
  }
}
