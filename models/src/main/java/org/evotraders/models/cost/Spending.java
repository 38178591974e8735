package org.evotraders.models.cost;

import java.math.BigDecimal;
import org.evotraders.models.TokenUsage;

/**
 * What a set of model calls consumed. Provider calls cost tokens and dollars; answers from the
 * cache are counted apart and cost nothing.
 *
 * @param calls requests a provider answered, a repair request included (retries of one request
 *     count once)
 * @param tokens the tokens the providers counted
 * @param costUsd the dollars those tokens cost
 * @param cachedCalls answers replayed from the cache
 * @param cachedTokens the tokens those answers originally took
 */
public record Spending(
    long calls, TokenUsage tokens, BigDecimal costUsd, long cachedCalls, TokenUsage cachedTokens) {

  /** Nothing spent. */
  public static final Spending NONE =
      new Spending(0, TokenUsage.NONE, BigDecimal.ZERO, 0, TokenUsage.NONE);

  /** Returns this spending plus {@code other}. */
  public Spending plus(Spending other) {
    return new Spending(
        calls + other.calls,
        tokens.plus(other.tokens),
        costUsd.add(other.costUsd),
        cachedCalls + other.cachedCalls,
        cachedTokens.plus(other.cachedTokens));
  }
}
