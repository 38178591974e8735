package org.evotraders.core.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The long and short shares held in one ticker, each with the total paid (long) or received (short)
 * for the shares still held, at fill prices without commission. Average costs are these totals over
 * the quantities, i.e. weighted-average cost as in the original system.
 */
public record Position(
    long longQuantity, BigDecimal longCost, long shortQuantity, BigDecimal shortCost) {

  static final Position FLAT = new Position(0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

  /** Returns the weighted-average price paid per long share, 0 when no long is held. */
  public double longCostBasis() {
    return longQuantity == 0 ? 0 : longCost.doubleValue() / longQuantity;
  }

  /** Returns the weighted-average price received per short share, 0 when no short is held. */
  public double shortCostBasis() {
    return shortQuantity == 0 ? 0 : shortCost.doubleValue() / shortQuantity;
  }

  /** Returns whether neither long nor short shares are held. */
  public boolean isFlat() {
    return longQuantity == 0 && shortQuantity == 0;
  }

  Position buy(long quantity, BigDecimal notional) {
    return new Position(longQuantity + quantity, longCost.add(notional), shortQuantity, shortCost);
  }

  Position sell(long quantity) {
    return new Position(
        longQuantity - quantity, longCost.subtract(longCostOf(quantity)), shortQuantity, shortCost);
  }

  Position shortSell(long quantity, BigDecimal notional) {
    return new Position(longQuantity, longCost, shortQuantity + quantity, shortCost.add(notional));
  }

  Position cover(long quantity) {
    return new Position(
        longQuantity,
        longCost,
        shortQuantity - quantity,
        shortCost.subtract(shortCostOf(quantity)));
  }

  /** Returns the part of the long cost carried by {@code quantity} of the long shares. */
  BigDecimal longCostOf(long quantity) {
    return share(longCost, quantity, longQuantity);
  }

  /** Returns the part of the short proceeds carried by {@code quantity} of the short shares. */
  BigDecimal shortCostOf(long quantity) {
    return share(shortCost, quantity, shortQuantity);
  }

  // Closing everything takes the whole total, so a flat position keeps no rounding residue.
  private static BigDecimal share(BigDecimal total, long part, long whole) {
    if (part == whole) {
      return total;
    }
    return total
        .multiply(BigDecimal.valueOf(part))
        .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
  }
}
