package org.evotraders.core.engine;

import java.util.List;
import java.util.Optional;
import org.evotraders.core.orders.Order;
import org.evotraders.core.orders.Reduction;

/**
 * What an order can execute now: its legs in execution order (closing existing shares first) and,
 * when they fall short of the order, the reduction that says why.
 */
public record FeasibleOrder(Order order, List<Leg> legs, Optional<Reduction> reduction) {

  public FeasibleOrder {
    legs = List.copyOf(legs);
  }

  /** Returns the shares the legs execute in all. */
  public long allowed() {
    return legs.stream().mapToLong(Leg::quantity).sum();
  }
}
