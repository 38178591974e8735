package org.evotraders.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.orders.Action;
import org.evotraders.core.orders.Order;
import org.evotraders.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/** Sizing without executing, as the risk manager uses it; numbers calculated by hand. */
class OrderFeasibilityTest {

  @Test
  void theLargestBuyPaysPriceAndCommissionOutOfCash() {
    // 0.5 a share and 10 an order: n * (99 + 0.5) + 10 <= 10000 gives n = 100
    OrderFeasibility feasibility = new OrderFeasibility(new TradingCosts(0.5, 10, 0, 0));
    Portfolio portfolio = new Portfolio(10_000);

    FeasibleOrder feasible =
        feasibility.assess(new Order("AAPL", Action.LONG, 1_000), portfolio, 99);

    assertThat(feasible.legs()).containsExactly(new Leg(Side.BUY, 100, 99, 60));
    assertThat(feasible.allowed()).isEqualTo(100);
    assertThat(feasible.reduction()).isPresent();
    assertThat(portfolio.cash()).isEqualTo(10_000);
  }

  @Test
  void theLargestShortHoldsItsMarginAndCommissionInCash() {
    // margin 40 * 0.5 = 20 a share and 20 an order: 20n + 20 <= 1000 gives n = 49
    OrderFeasibility feasibility = new OrderFeasibility(new TradingCosts(0, 20, 0, 0));
    Portfolio portfolio = new Portfolio(1_000, 0.5);

    FeasibleOrder feasible =
        feasibility.assess(new Order("AAPL", Action.SHORT, 1_000), portfolio, 40);

    assertThat(feasible.legs()).containsExactly(new Leg(Side.SHORT, 49, 40, 20));
    assertThat(feasible.reduction().orElseThrow().code()).isEqualTo("INSUFFICIENT_MARGIN");
  }

  @Test
  void sellingTheLongFreesCashForTheShortThatFollows() {
    OrderFeasibility feasibility = new OrderFeasibility(TradingCosts.NONE);
    Portfolio portfolio = new Portfolio(100);
    portfolio.apply(new Fill("f1", LocalDate.of(2024, 3, 4), "AAPL", Side.BUY, 1, 100, 0));

    FeasibleOrder feasible =
        feasibility.assess(new Order("AAPL", Action.SHORT, 100), portfolio, 100);

    // the sale brings cash to 100, whose margin at 25 a share holds 4 shares short
    assertThat(feasible.legs())
        .containsExactly(new Leg(Side.SELL, 1, 100, 0), new Leg(Side.SHORT, 4, 100, 0));
    assertThat(feasible.reduction().orElseThrow().allowed()).isEqualTo(5);
  }

  @Test
  void anOrderWithinReachExecutesWholeWithoutReduction() {
    OrderFeasibility feasibility = new OrderFeasibility(TradingCosts.NONE);

    FeasibleOrder feasible =
        feasibility.assess(new Order("AAPL", Action.LONG, 10), new Portfolio(1_000), 100);

    assertThat(feasible.allowed()).isEqualTo(10);
    assertThat(feasible.reduction()).isEmpty();
  }
}
