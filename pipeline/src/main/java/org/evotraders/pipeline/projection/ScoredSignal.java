package org.evotraders.pipeline.projection;

import java.time.LocalDate;
import java.util.Map;
import org.evotraders.core.signals.Direction;

/** One prediction scored against the session of {@code date}. */
record ScoredSignal(String ticker, Direction direction, LocalDate date, Verdict verdict) {

  /**
   * Scores a call: UP is right when the close is above the open, DOWN when it is below; a missing
   * or non-positive price makes it unknown, and NEUTRAL is not scored.
   */
  static ScoredSignal score(
      String ticker,
      Direction direction,
      LocalDate date,
      Map<String, Double> opens,
      Map<String, Double> closes) {
    Double open = opens.get(ticker);
    Double close = closes.get(ticker);
    Verdict verdict;
    if (open == null || close == null || !(open > 0) || !(close > 0)) {
      verdict = Verdict.UNKNOWN;
    } else {
      verdict =
          switch (direction) {
            case UP -> close > open ? Verdict.CORRECT : Verdict.WRONG;
            case DOWN -> close < open ? Verdict.CORRECT : Verdict.WRONG;
            case NEUTRAL -> Verdict.NOT_SCORED;
          };
    }
    return new ScoredSignal(ticker, direction, date, verdict);
  }
}
