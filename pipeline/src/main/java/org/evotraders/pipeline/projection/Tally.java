package org.evotraders.pipeline.projection;

/**
 * An analyst's scored predictions: bullish (UP) and bearish (DOWN) calls, how many were right, and
 * how many could not be scored for a missing price. {@code n} counts the unknown ones too, as the
 * original's leaderboard did.
 */
record Tally(int bullN, int bullWin, int bullUnknown, int bearN, int bearWin, int bearUnknown) {

  static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

  Tally plus(Tally other) {
    return new Tally(
        bullN + other.bullN,
        bullWin + other.bullWin,
        bullUnknown + other.bullUnknown,
        bearN + other.bearN,
        bearWin + other.bearWin,
        bearUnknown + other.bearUnknown);
  }

  Tally plus(ScoredSignal signal) {
    int unknown = signal.verdict() == Verdict.UNKNOWN ? 1 : 0;
    int win = signal.verdict() == Verdict.CORRECT ? 1 : 0;
    return switch (signal.direction()) {
      case UP -> plus(new Tally(1, win, unknown, 0, 0, 0));
      case DOWN -> plus(new Tally(0, 0, 0, 1, win, unknown));
      case NEUTRAL -> this;
    };
  }

  /** Returns the calls with both prices known. */
  int evaluated() {
    return bullN - bullUnknown + bearN - bearUnknown;
  }

  /** Returns wins over evaluated calls, or null before any call was evaluated. */
  Double winRate() {
    int evaluated = evaluated();
    return evaluated == 0 ? null : (double) (bullWin + bearWin) / evaluated;
  }
}
