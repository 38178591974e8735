package org.evotraders.analysis.fundamentals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.signals.Signal;

/**
 * ai-hedge-fund's rule for a fundamental sub-signal (src/agents/fundamentals.py, v1): of three
 * threshold checks, two or more passing is bullish, none passing is bearish, one is neutral. For
 * price ratios the checks test expensiveness, so the direction flips.
 *
 * <p>A check whose figure is missing counts neither way (ai-hedge-fund counts it as failed); when
 * every figure is missing the result is unavailable.
 */
record ThresholdVote(String tool, String heading, boolean passingIsBullish) {

  /** Passing checks needed for the favourable signal (ai-hedge-fund: {@code score >= 2}). */
  static final int PASSES_FOR_SIGNAL = 2;

  ToolResult decide(
      String ticker, FinancialMetrics latest, Map<String, Double> figures, List<Check> checks) {
    long passed = count(checks, Check.Outcome.PASSED);
    long failed = count(checks, Check.Outcome.FAILED);
    if (passed + failed == 0) {
      return ToolResult.unavailable(
          tool,
          ticker,
          "%s: none of the figures is in the ttm metrics of %s"
              .formatted(heading, latest.reportPeriod()));
    }
    Signal favourable = passingIsBullish ? Signal.BULLISH : Signal.BEARISH;
    Signal unfavourable = passingIsBullish ? Signal.BEARISH : Signal.BULLISH;
    Signal signal =
        passed >= PASSES_FOR_SIGNAL ? favourable : passed == 0 ? unfavourable : Signal.NEUTRAL;
    // Each check moves the score by a third, in the direction it points; missing ones add nothing.
    double score = favourable.sign() * (passed - failed) / (double) checks.size();

    Map<String, Double> shown = new LinkedHashMap<>(figures);
    shown.put("checks_passed", (double) passed);
    shown.put("checks_available", (double) (passed + failed));
    StringBuilder text =
        new StringBuilder(
            "%s %s (ttm to %s): %s, %d of %d checks passed"
                .formatted(
                    ticker, heading, latest.reportPeriod(), signal, passed, passed + failed));
    checks.forEach(c -> text.append("\n  ").append(c.description()));
    return new ToolResult(tool, ticker, signal, score, shown, text.toString(), true);
  }

  private static long count(List<Check> checks, Check.Outcome outcome) {
    return checks.stream().filter(c -> c.outcome() == outcome).count();
  }
}
