package org.evotraders.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evotraders.core.fills.Side;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.orders.Action;
import org.evotraders.core.orders.Order;
import org.evotraders.core.orders.Reduction;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.core.portfolio.Position;

/**
 * Sizes an incremental order to what a portfolio can do, in whole shares. A long covers the short
 * first and buys the rest with the cash left; a short sells the long first and shorts the rest as
 * far as the cash left holds its margin. Closing shares is never limited beyond the shares held, as
 * in the original system: it only reduces exposure.
 */
public final class OrderFeasibility {

  private final TradingCosts costs;

  public OrderFeasibility(TradingCosts costs) {
    this.costs = costs;
  }

  /**
   * Returns the legs {@code order} can execute in {@code portfolio} against {@code referencePrice}
   * (before slippage), with the reduction when they fall short: {@code INSUFFICIENT_CASH} when a
   * buy's price plus commission exceeds the cash, {@code INSUFFICIENT_MARGIN} when a short's margin
   * plus commission does.
   */
  public FeasibleOrder assess(Order order, Portfolio portfolio, double referencePrice) {
    if (order.tradesNothing()) {
      return new FeasibleOrder(order, List.of(), Optional.empty());
    }
    if (!(referencePrice > 0) || Double.isInfinite(referencePrice)) {
      throw new IllegalArgumentException(
          "cannot size %s: reference price %s is not a positive price"
              .formatted(order, referencePrice));
    }
    String ticker = order.ticker();
    boolean buying = order.action() == Action.LONG;
    double price = buying ? costs.buyPrice(referencePrice) : costs.sellPrice(referencePrice);
    Position position = portfolio.position(ticker);
    long closing =
        Math.min(order.quantity(), buying ? position.shortQuantity() : position.longQuantity());
    List<Leg> legs = new ArrayList<>();
    double cash = portfolio.cash();
    if (closing > 0) {
      Leg close = leg(buying ? Side.COVER : Side.SELL, closing, price);
      legs.add(close);
      cash += portfolio.cashChange(ticker, close.side(), closing, price, close.commission());
    }
    long wanted = order.quantity() - closing;
    // A buy spends its price per share; a short must find its margin per share in cash.
    double perShare = buying ? price : price * portfolio.marginRequirement();
    long opening = largestAffordable(wanted, perShare, price, cash);
    if (opening > 0) {
      legs.add(leg(buying ? Side.BUY : Side.SHORT, opening, price));
    }
    if (opening == wanted) {
      return new FeasibleOrder(order, legs, Optional.empty());
    }
    long allowed = closing + opening;
    Reduction reduction =
        buying
            ? new Reduction.InsufficientCash(ticker, order.quantity(), allowed, cash, price)
            : new Reduction.InsufficientMargin(ticker, order.quantity(), allowed, cash, perShare);
    return new FeasibleOrder(order, legs, Optional.of(reduction));
  }

  private Leg leg(Side side, long quantity, double price) {
    return new Leg(side, quantity, price, costs.commission(quantity, price));
  }

  // Binary search, since the commission schedule need not be linear in the quantity.
  private long largestAffordable(long wanted, double perShare, double price, double cash) {
    long low = 0;
    long high = wanted;
    while (low < high) {
      long middle = low + (high - low + 1) / 2;
      if (middle * perShare + costs.commission(middle, price) <= cash) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }
}
