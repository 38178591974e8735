package org.evotraders.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.FillTiming;
import org.evotraders.core.fills.Side;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;
import org.evotraders.core.orders.Action;
import org.evotraders.core.orders.Order;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.core.portfolio.TickerPnl;
import org.junit.jupiter.api.Test;

/**
 * Invariants over a seeded random run of two tickers, longs and shorts mixed, filled at each
 * session's open: marked at the opens, the net asset value after a session's fills equals the value
 * before minus exactly the commissions and slippage paid; and the ledger explains the whole change
 * of value since the start.
 */
class NavConservationTest {

  private static final List<String> TICKERS = List.of("AAPL", "MSFT");
  private static final double START = 50_000;

  @Test
  void withoutCostsFillsAtTheMarkLeaveTheNetAssetValueUnchanged() {
    run(TradingCosts.NONE, 0.25);
  }

  @Test
  void withCostsEachSessionLosesExactlyItsCommissionAndSlippage() {
    run(new TradingCosts(0.005, 1, 2, 7), 0.5);
  }

  private static void run(TradingCosts costs, double marginRequirement) {
    Random random = new Random(20240304);
    SimulatedBroker broker = new SimulatedBroker(FillTiming.SAME_SESSION_OPEN, costs);
    Portfolio portfolio = new Portfolio(START, marginRequirement);
    Map<String, Double> price = new HashMap<>(Map.of("AAPL", 170.0, "MSFT", 400.0));
    LocalDate session = LocalDate.of(2024, 1, 2);
    Set<Side> sides = EnumSet.noneOf(Side.class);
    for (int day = 0; day < 250; day++, session = session.plusDays(1)) {
      Map<String, List<Bar>> bars = new HashMap<>();
      List<Order> orders = new ArrayList<>();
      for (String ticker : TICKERS) {
        double open =
            Math.round(price.get(ticker) * (1 + random.nextGaussian() * 0.02) * 100) / 100.0;
        price.put(ticker, open);
        bars.put(ticker, List.of(new Bar(ticker, session, open, open, open, open, 0)));
        Action action = Action.values()[random.nextInt(3)];
        orders.add(new Order(ticker, action, random.nextInt(60)));
      }
      double before = portfolio.netAssetValue(price);

      ExecutionReport report = broker.execute(portfolio, session, orders, bars);

      double costsPaid = 0;
      for (Fill fill : report.fills()) {
        boolean pays = fill.side() == Side.BUY || fill.side() == Side.COVER;
        double move = fill.price() - price.get(fill.ticker());
        // slippage always works against the trader
        double slippage = (pays ? move : -move) * fill.quantity();
        assertThat(slippage).isGreaterThanOrEqualTo(0);
        costsPaid += fill.commission() + slippage;
      }
      report.fills().forEach(fill -> sides.add(fill.side()));
      double after = portfolio.netAssetValue(price);
      assertThat(after).as("session %s", session).isCloseTo(before - costsPaid, within(1e-6));
      assertThat(explainedChange(portfolio, price)).isCloseTo(after - START, within(1e-6));
    }
    assertThat(sides).as("the run must buy, sell, short and cover").hasSize(4);
  }

  private static double explainedChange(Portfolio portfolio, Map<String, Double> price) {
    double change = 0;
    for (TickerPnl line : portfolio.profitAndLoss(price)) {
      change += line.realized() + line.unrealized() - line.openingCommissions();
    }
    return change;
  }
}
