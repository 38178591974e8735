package org.evotraders.models.cost;

import org.evotraders.models.TokenUsage;

/**
 * The run's budget measured against its ledger. The pipeline asks {@link #exhausted()} at each day
 * boundary and stops with {@link #message()} when it is.
 */
public final class Budget {

  private final BudgetLimit limit;
  private final CostLedger ledger;

  public Budget(BudgetLimit limit, CostLedger ledger) {
    this.limit = limit;
    this.ledger = ledger;
  }

  /** Tells whether the run has spent its tokens or dollars. */
  public boolean exhausted() {
    Spending spent = ledger.total();
    return (limit.maxTokens() != null && spent.tokens().total() >= limit.maxTokens())
        || (limit.maxUsd() != null && spent.costUsd().compareTo(limit.maxUsd()) >= 0);
  }

  /** Says what was spent against which limit, e.g. for the log line that ends a run. */
  public String message() {
    Spending spent = ledger.total();
    TokenUsage tokens = spent.tokens();
    return (exhausted() ? "Model budget exhausted: spent " : "Model budget: spent ")
        + tokens.total()
        + " tokens ("
        + tokens.inputTokens()
        + " in, "
        + tokens.outputTokens()
        + " out) and $"
        + spent.costUsd().toPlainString()
        + " in "
        + spent.calls()
        + " provider calls ("
        + spent.cachedCalls()
        + " more from the cache) against a limit of "
        + limit;
  }
}
