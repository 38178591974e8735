package org.evotraders.core.fills;

/**
 * What a trade costs beyond its price, configurable per run. Commission is the sum of a per-share
 * fee, a per-order fee and a fraction of notional in basis points; slippage moves the execution
 * price against the trader by a number of basis points of the reference price.
 */
public record TradingCosts(
    double commissionPerShare,
    double commissionPerOrder,
    double commissionBps,
    double slippageBps) {

  public static final TradingCosts NONE = new TradingCosts(0, 0, 0, 0);

  public TradingCosts {
    if (commissionPerShare < 0 || commissionPerOrder < 0 || commissionBps < 0 || slippageBps < 0) {
      throw new IllegalArgumentException(
          "trading costs cannot be negative: per share %s, per order %s, %s bps, slippage %s bps"
              .formatted(commissionPerShare, commissionPerOrder, commissionBps, slippageBps));
    }
  }

  /** Returns the commission of one order of {@code quantity} shares executed at {@code price}. */
  public double commission(long quantity, double price) {
    if (quantity == 0) {
      return 0;
    }
    long shares = Math.abs(quantity);
    return shares * commissionPerShare + commissionPerOrder + shares * price * commissionBps / 1e4;
  }

  /** Returns the price a buyer pays when the reference price is {@code reference}. */
  public double buyPrice(double reference) {
    return reference * (1 + slippageBps / 1e4);
  }

  /** Returns the price a seller receives when the reference price is {@code reference}. */
  public double sellPrice(double reference) {
    return reference * (1 - slippageBps / 1e4);
  }
}
