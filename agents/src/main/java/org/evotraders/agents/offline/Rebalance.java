package org.evotraders.agents.offline;

import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.orders.Action;

/**
 * The trade that moves one ticker's position toward the size the consensus asks for:
 *
 * <ol>
 *   <li>target value = C * the limit's max position value when |C| exceeds {@value
 *       Consensus#THRESHOLD}, else 0 (no view, no position);
 *   <li>target shares = target value / price, truncated toward zero, at the price the limit was
 *       computed at (the last close);
 *   <li>no trade when the change is worth less than {@value #BAND} of the max position value (the
 *       rebalance band, so small drifts of the consensus do not churn the book);
 *   <li>otherwise LONG (covering shorts first) or SHORT (selling longs first) the difference,
 *       clamped to the limit's max long or max short shares; HOLD when the clamp leaves nothing.
 * </ol>
 *
 * @param targetValue signed value the position should have
 * @param targetShares signed shares that value buys at the price
 */
record Rebalance(
    String ticker,
    double consensus,
    RiskLimit limit,
    long currentShares,
    double targetValue,
    long targetShares,
    Action action,
    long quantity,
    Outcome outcome) {

  /** Share of the max position value a change must reach to be traded. */
  static final double BAND = 0.10;

  /** Why the trade is what it is. */
  enum Outcome {
    /** No limit or no price today: nothing may be traded. */
    NO_LIMIT,
    /** The change is smaller than the rebalance band. */
    WITHIN_BAND,
    /** The limit allows no shares in the wanted direction. */
    LIMIT_REACHED,
    /** The whole change is traded. */
    TRADED,
    /** Part of the change is traded, up to the limit. */
    CLAMPED
  }

  /** Returns the trade toward {@code consensus} for a position of {@code currentShares}. */
  static Rebalance of(String ticker, double consensus, RiskLimit limit, long currentShares) {
    if (limit == null || !(limit.price() > 0)) {
      return new Rebalance(
          ticker,
          consensus,
          limit,
          currentShares,
          0,
          currentShares,
          Action.HOLD,
          0,
          Outcome.NO_LIMIT);
    }
    double target =
        Math.abs(consensus) > Consensus.THRESHOLD ? consensus * limit.maxPositionValue() : 0;
    long targetShares = (long) (target / limit.price());
    long change = targetShares - currentShares;
    if (change == 0 || Math.abs(change) * limit.price() < BAND * limit.maxPositionValue()) {
      return new Rebalance(
          ticker,
          consensus,
          limit,
          currentShares,
          target,
          targetShares,
          Action.HOLD,
          0,
          Outcome.WITHIN_BAND);
    }
    Action action = change > 0 ? Action.LONG : Action.SHORT;
    long allowed = change > 0 ? limit.maxLongShares() : limit.maxShortShares();
    long quantity = Math.min(Math.abs(change), Math.max(0, allowed));
    Outcome outcome =
        quantity == 0
            ? Outcome.LIMIT_REACHED
            : quantity < Math.abs(change) ? Outcome.CLAMPED : Outcome.TRADED;
    return new Rebalance(
        ticker,
        consensus,
        limit,
        currentShares,
        target,
        targetShares,
        quantity == 0 ? Action.HOLD : action,
        quantity,
        outcome);
  }

  /** Returns the signed shares held once the trade is filled. */
  long sharesAfter() {
    return action == Action.SHORT ? currentShares - quantity : currentShares + quantity;
  }

  /** Explains the trade in a sentence or two, naming the limit used. */
  String explain() {
    if (outcome == Outcome.NO_LIMIT) {
      return "No risk limit or price for " + ticker + " today: hold.";
    }
    boolean noView = Math.abs(consensus) <= Consensus.THRESHOLD;
    if (noView && currentShares == 0) {
      // the most common case on most days, said in few words
      return "No position without a view, and none held: hold.";
    }
    String target =
        noView
            ? "Target 0 shares: no position without a view"
            : Phrases.format(
                "Target %s = %s x max position %s (%s of NAV), %d shares at %.2f",
                Phrases.money(targetValue),
                Phrases.signed(consensus),
                Phrases.money(limit.maxPositionValue()),
                Phrases.percent(limit.limitFraction()),
                targetShares,
                limit.price());
    long change = Math.abs(targetShares - currentShares);
    String side = targetShares > currentShares ? "long" : "short";
    long allowed = targetShares > currentShares ? limit.maxLongShares() : limit.maxShortShares();
    String trade =
        switch (outcome) {
          case WITHIN_BAND ->
              change == 0
                  ? Phrases.format("; already holding %d shares: hold.", currentShares)
                  : Phrases.format(
                      "; holding %d, the change of %d shares (%s) is within the %s band (%s): hold.",
                      currentShares,
                      change,
                      Phrases.money(change * limit.price()),
                      Phrases.percent(BAND),
                      Phrases.money(BAND * limit.maxPositionValue()));
          case LIMIT_REACHED ->
              Phrases.format(
                  "; holding %d, the limit allows no more %s shares: hold.", currentShares, side);
          case TRADED ->
              Phrases.format(
                  "; %s %d shares, from %d to %d (max %s %d).",
                  side, quantity, currentShares, sharesAfter(), side, allowed);
          case CLAMPED ->
              Phrases.format(
                  "; %s %d of the %d shares wanted, capped by max %s %d: from %d to %d.",
                  side, quantity, change, side, allowed, currentShares, sharesAfter());
          case NO_LIMIT -> throw new IllegalStateException("handled above");
        };
    return target + trade;
  }
}
