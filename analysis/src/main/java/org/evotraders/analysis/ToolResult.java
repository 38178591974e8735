package org.evotraders.analysis;

import java.util.Map;
import org.evotraders.core.signals.Signal;

/**
 * What one analysis tool found for one ticker: its signal, a score in [-1, 1] (strength and sign of
 * the evidence), the figures behind it, and a readable text for prompts and the feed. Tools compute
 * from point-in-time data handed to them by the pipeline; they never choose dates or tickers.
 *
 * @param figures named numbers the tool computed (e.g. "rsi14" -> 71.2), in a stable order
 * @param available false when the inputs were missing; such a result is neutral with score 0
 */
public record ToolResult(
    String tool,
    String ticker,
    Signal signal,
    double score,
    Map<String, Double> figures,
    String text,
    boolean available) {

  public ToolResult {
    if (Double.isNaN(score) || score < -1 || score > 1) {
      throw new IllegalArgumentException(tool + " on " + ticker + ": score must be in [-1, 1]");
    }
    figures = OrderedFigures.copyOf(figures);
  }

  /** Returns the result of a tool whose inputs were missing, explaining which. */
  public static ToolResult unavailable(String tool, String ticker, String why) {
    return new ToolResult(tool, ticker, Signal.NEUTRAL, 0, Map.of(), why, false);
  }
}
