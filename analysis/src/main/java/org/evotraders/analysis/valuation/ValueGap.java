package org.evotraders.analysis.valuation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.signals.Signal;

/**
 * An intrinsic value set against the market capitalisation: the gap {@code (value - market cap) /
 * market cap}, the original's label for it, and ai-hedge-fund's signal and strength.
 */
record ValueGap(double intrinsicValue, double marketCap) {

  /** ai-hedge-fund valuation.py: a gap beyond +-15% is bullish or bearish. */
  static final double SIGNAL_GAP = 0.15;

  /** ai-hedge-fund valuation.py: confidence = |gap| / 30%, capped at 100%. */
  static final double FULL_CONFIDENCE_GAP = 0.30;

  /** The original's labels: above +20% "significantly", above -20% "potentially". */
  static final double SIGNIFICANT_GAP = 0.20;

  double gap() {
    return (intrinsicValue - marketCap) / marketCap;
  }

  String label() {
    double gap = gap();
    if (gap > SIGNIFICANT_GAP) {
      return "SIGNIFICANTLY UNDERVALUED";
    }
    if (gap > 0) {
      return "POTENTIALLY UNDERVALUED";
    }
    return gap > -SIGNIFICANT_GAP ? "POTENTIALLY OVERVALUED" : "SIGNIFICANTLY OVERVALUED";
  }

  Signal signal() {
    return Signal.ofScore(gap(), SIGNAL_GAP);
  }

  double score() {
    return Math.clamp(gap() / FULL_CONFIDENCE_GAP, -1, 1);
  }

  /**
   * Returns the tool's result: the inputs given first in {@code figures}, then intrinsic value,
   * market cap and gap; the text gives {@code lines}, then the gap and its label.
   */
  ToolResult result(
      String tool, String ticker, String heading, Map<String, Double> figures, List<String> lines) {
    Map<String, Double> all = new LinkedHashMap<>(figures);
    all.put("intrinsic_value", intrinsicValue);
    all.put("market_cap", marketCap);
    all.put("value_gap", gap());
    StringBuilder text = new StringBuilder(ticker + " " + heading + ": " + signal());
    lines.forEach(line -> text.append("\n  ").append(line));
    text.append("\n  Intrinsic value: ").append(money(intrinsicValue));
    text.append("\n  Market cap: ").append(money(marketCap));
    text.append("\n  Value gap: %+.1f%% -> %s".formatted(gap() * 100, label()));
    return new ToolResult(tool, ticker, signal(), score(), all, text.toString(), true);
  }

  /** Returns an amount as "$1,234,567,890". */
  static String money(double amount) {
    return "$%,.0f".formatted(amount);
  }
}
