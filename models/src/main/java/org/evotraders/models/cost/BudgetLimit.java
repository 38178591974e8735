package org.evotraders.models.cost;

import java.math.BigDecimal;

/**
 * The most a run may spend on models, in provider tokens or US dollars (cached answers are free).
 *
 * @param maxTokens the token limit, or {@code null} for none
 * @param maxUsd the dollar limit, or {@code null} for none
 */
public record BudgetLimit(Long maxTokens, BigDecimal maxUsd) {

  public BudgetLimit {
    if (maxTokens != null && maxTokens <= 0) {
      throw new IllegalArgumentException("A token budget must be positive, not " + maxTokens);
    }
    if (maxUsd != null && maxUsd.signum() <= 0) {
      throw new IllegalArgumentException("A dollar budget must be positive, not " + maxUsd);
    }
  }

  /** Returns no limit. */
  public static BudgetLimit none() {
    return new BudgetLimit(null, null);
  }

  /** Returns a limit of {@code maxTokens} provider tokens (input plus output). */
  public static BudgetLimit tokens(long maxTokens) {
    return new BudgetLimit(maxTokens, null);
  }

  /** Returns a limit of {@code maxUsd} US dollars. */
  public static BudgetLimit dollars(BigDecimal maxUsd) {
    return new BudgetLimit(null, maxUsd);
  }

  @Override
  public String toString() {
    if (maxTokens == null && maxUsd == null) {
      return "no limit";
    }
    String tokens = maxTokens == null ? "" : maxTokens + " tokens";
    String dollars = maxUsd == null ? "" : "$" + maxUsd.toPlainString();
    return tokens.isEmpty() || dollars.isEmpty() ? tokens + dollars : tokens + " or " + dollars;
  }
}
