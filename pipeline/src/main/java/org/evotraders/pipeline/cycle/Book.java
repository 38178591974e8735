package org.evotraders.pipeline.cycle;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evotraders.core.baselines.Baseline;
import org.evotraders.core.engine.OrderFeasibility;
import org.evotraders.core.engine.SimulatedBroker;
import org.evotraders.core.fills.FillTiming;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.core.portfolio.Position;

/**
 * The team's portfolio with the broker that fills it, the baselines run beside it from the same
 * bars and at the same costs, the last close of every ticker seen (to value positions on a day a
 * ticker has no bar), and the NAV at the last settlement.
 */
public final class Book {

  private final Portfolio portfolio;
  private final SimulatedBroker broker;
  private final OrderFeasibility feasibility;
  private final Map<String, Baseline> baselines;
  private final Map<String, Double> marks = new HashMap<>();
  private double lastNav;

  /**
   * @param baselines by the key the dashboard uses: equal_weight, value_weighted, momentum, and the
   *     benchmark ticker
   */
  Book(Portfolio portfolio, FillTiming fills, TradingCosts costs, Map<String, Baseline> baselines) {
    this.portfolio = portfolio;
    this.broker = new SimulatedBroker(fills, costs);
    this.feasibility = new OrderFeasibility(costs);
    this.baselines = baselines;
    this.lastNav = portfolio.cash();
  }

  public Portfolio portfolio() {
    return portfolio;
  }

  SimulatedBroker broker() {
    return broker;
  }

  OrderFeasibility feasibility() {
    return feasibility;
  }

  public Map<String, Baseline> baselines() {
    return baselines;
  }

  Map<String, Double> marks() {
    return marks;
  }

  /** Returns the team's NAV at the last settlement (the initial cash before the first). */
  public double lastNav() {
    return lastNav;
  }

  void settled(double nav) {
    lastNav = nav;
  }

  /** Returns signed shares per held ticker: long positive, short negative. */
  Map<String, Long> signedPositions() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (var entry : portfolio.openPositions().entrySet()) {
      Position p = entry.getValue();
      out.put(entry.getKey(), p.longQuantity() - p.shortQuantity());
    }
    return out;
  }
}
