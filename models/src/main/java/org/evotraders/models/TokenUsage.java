package org.evotraders.models;

/**
 * Tokens a provider counted for one exchange.
 *
 * @param inputTokens prompt tokens
 * @param outputTokens completion tokens
 */
public record TokenUsage(long inputTokens, long outputTokens) {

  /** No tokens: the offline model and answers from the cache. */
  public static final TokenUsage NONE = new TokenUsage(0, 0);

  public TokenUsage {
    if (inputTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException(
          "Token counts cannot be negative: in " + inputTokens + ", out " + outputTokens);
    }
  }

  /** Returns the sum of both counts. */
  public long total() {
    return inputTokens + outputTokens;
  }

  /** Returns this usage plus {@code other}. */
  public TokenUsage plus(TokenUsage other) {
    return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
  }
}
