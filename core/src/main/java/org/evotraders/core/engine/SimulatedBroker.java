package org.evotraders.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.FillModel;
import org.evotraders.core.fills.ReferencePrice;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;
import org.evotraders.core.orders.Order;
import org.evotraders.core.orders.Reduction;
import org.evotraders.core.portfolio.Portfolio;

/**
 * Executes a session's orders against bars: the fill model picks each order's reference price,
 * {@link OrderFeasibility} sizes it, and the resulting fills are applied to the portfolio in the
 * order the orders come.
 */
public final class SimulatedBroker {

  private final FillModel fillModel;
  private final OrderFeasibility feasibility;

  public SimulatedBroker(FillModel fillModel, TradingCosts costs) {
    this.fillModel = fillModel;
    this.feasibility = new OrderFeasibility(costs);
  }

  /**
   * Executes {@code orders} placed for {@code session} (at most one per ticker) against {@code
   * bars} by ticker, applies the fills to {@code portfolio} and returns them with the reductions.
   * Fill ids are {@code session/ticker/side}, so executing a session twice is refused.
   */
  public ExecutionReport execute(
      Portfolio portfolio, LocalDate session, List<Order> orders, Map<String, List<Bar>> bars) {
    requireOneOrderPerTicker(session, orders);
    List<Fill> fills = new ArrayList<>();
    List<Reduction> reductions = new ArrayList<>();
    for (Order order : orders) {
      if (order.tradesNothing()) {
        continue;
      }
      Optional<ReferencePrice> reference =
          fillModel.price(session, bars.getOrDefault(order.ticker(), List.of()));
      if (reference.isEmpty()) {
        reductions.add(new Reduction.NoFillPrice(order.ticker(), order.quantity(), session));
        continue;
      }
      FeasibleOrder feasible = feasibility.assess(order, portfolio, reference.get().price());
      feasible.reduction().ifPresent(reductions::add);
      for (Leg leg : feasible.legs()) {
        Fill fill =
            new Fill(
                session + "/" + order.ticker() + "/" + leg.side(),
                reference.get().session(),
                order.ticker(),
                leg.side(),
                leg.quantity(),
                leg.price(),
                leg.commission());
        portfolio.apply(fill);
        fills.add(fill);
      }
    }
    return new ExecutionReport(session, fills, reductions);
  }

  private static void requireOneOrderPerTicker(LocalDate session, List<Order> orders) {
    Set<String> tickers = new HashSet<>();
    for (Order order : orders) {
      if (!tickers.add(order.ticker())) {
        throw new IllegalArgumentException(
            "two orders for %s in session %s: send one incremental order per ticker and session"
                .formatted(order.ticker(), session));
      }
    }
  }
}
