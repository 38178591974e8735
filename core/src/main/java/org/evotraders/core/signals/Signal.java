package org.evotraders.core.signals;

/** An analyst's view of a ticker. */
public enum Signal {
  BULLISH,
  BEARISH,
  NEUTRAL;

  /** Returns +1 for bullish, -1 for bearish, 0 for neutral. */
  public int sign() {
    return switch (this) {
      case BULLISH -> 1;
      case BEARISH -> -1;
      case NEUTRAL -> 0;
    };
  }

  /** Returns the signal of a score: above {@code threshold} bullish, below minus it bearish. */
  public static Signal ofScore(double score, double threshold) {
    if (score > threshold) {
      return BULLISH;
    }
    return score < -threshold ? BEARISH : NEUTRAL;
  }
}
