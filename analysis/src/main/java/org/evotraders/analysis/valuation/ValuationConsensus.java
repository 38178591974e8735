package org.evotraders.analysis.valuation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.signals.Signal;

/**
 * ai-hedge-fund's aggregate of the four valuation methods (src/agents/valuation.py): the
 * weight-averaged value gap of the methods that produced a value, bullish above +15%, bearish below
 * -15%, confidence |gap| / 30%.
 */
final class ValuationConsensus {

  /**
   * ai-hedge-fund's method weights: DCF .35, owner earnings .35, EV/EBITDA .20, residual income
   * .10.
   */
  static final Map<String, Double> WEIGHTS =
      Map.of(
          ValuationTools.DCF, 0.35,
          ValuationTools.OWNER_EARNINGS, 0.35,
          ValuationTools.EV_EBITDA, 0.20,
          ValuationTools.RESIDUAL_INCOME, 0.10);

  private ValuationConsensus() {}

  static ToolResult of(String ticker, List<ToolResult> methods) {
    Map<String, Double> figures = new LinkedHashMap<>();
    StringBuilder lines = new StringBuilder();
    double weighted = 0;
    double totalWeight = 0;
    for (ToolResult method : methods) {
      Double weight = WEIGHTS.get(method.tool());
      if (weight == null) {
        throw new IllegalArgumentException(
            "valuation consensus of "
                + ticker
                + " got a result of "
                + method.tool()
                + "; pass only the four valuation tools' results");
      }
      if (!method.available()) {
        lines.append("\n  %s: unavailable (%s)".formatted(method.tool(), method.text()));
        continue;
      }
      double gap = method.figures().get("value_gap");
      weighted += weight * gap;
      totalWeight += weight;
      figures.put(method.tool() + "_gap", gap);
      lines.append(
          "\n  %s: gap %+.1f%%, weight %.0f%%".formatted(method.tool(), gap * 100, weight * 100));
    }
    if (totalWeight == 0) {
      return ToolResult.unavailable(
          ValuationTools.CONSENSUS,
          ticker,
          ticker + ": no valuation method produced a value" + lines);
    }
    double gap = weighted / totalWeight;
    figures.put("weighted_gap", gap);
    Signal signal = Signal.ofScore(gap, ValueGap.SIGNAL_GAP);
    double score = Math.clamp(gap / ValueGap.FULL_CONFIDENCE_GAP, -1, 1);
    String text =
        "%s valuation consensus: %s, weighted gap %+.1f%% over %.0f%% of the weight%s"
            .formatted(ticker, signal, gap * 100, totalWeight * 100, lines);
    return new ToolResult(ValuationTools.CONSENSUS, ticker, signal, score, figures, text, true);
  }
}
