package org.evotraders.core.signals;

/**
 * An analyst's prediction of one ticker's move over the next session, scored at settlement for the
 * leaderboard.
 */
public record Prediction(String agentId, String ticker, Direction direction, int confidence) {

  public Prediction {
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException(
          "confidence of %s on %s must be 0-100, was %d".formatted(agentId, ticker, confidence));
    }
  }
}
