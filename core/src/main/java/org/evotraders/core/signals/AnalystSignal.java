package org.evotraders.core.signals;

/**
 * One analyst's answer for one ticker on one day: the signal, a confidence from 0 to 100 and the
 * reasoning in readable text.
 */
public record AnalystSignal(
    String agentId, String ticker, Signal signal, int confidence, String reasoning) {

  public AnalystSignal {
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException(
          "confidence of %s on %s must be 0-100, was %d".formatted(agentId, ticker, confidence));
    }
    if (signal == null) {
      throw new IllegalArgumentException("signal of " + agentId + " on " + ticker + " is missing");
    }
  }

  /** Returns the safe default recorded when no valid answer could be obtained. */
  public static AnalystSignal neutral(String agentId, String ticker, String why) {
    return new AnalystSignal(agentId, ticker, Signal.NEUTRAL, 0, why);
  }
}
