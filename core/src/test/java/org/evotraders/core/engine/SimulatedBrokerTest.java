package org.evotraders.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.FillTiming;
import org.evotraders.core.fills.Side;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;
import org.evotraders.core.orders.Action;
import org.evotraders.core.orders.Order;
import org.evotraders.core.orders.Reduction;
import org.evotraders.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/** A session's orders through the simulated broker; expected numbers are calculated by hand. */
class SimulatedBrokerTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);

  /** AAPL opens at 100 on both days; closes at 105 and 110. */
  private static final Map<String, List<Bar>> BARS =
      Map.of(
          "AAPL",
          List.of(
              new Bar("AAPL", MONDAY, 100, 106, 99, 105, 1_000),
              new Bar("AAPL", TUESDAY, 100, 111, 99, 110, 1_000)));

  private final SimulatedBroker atOpen =
      new SimulatedBroker(FillTiming.SAME_SESSION_OPEN, TradingCosts.NONE);

  private ExecutionReport trade(Portfolio portfolio, LocalDate session, Action action, long qty) {
    return atOpen.execute(portfolio, session, List.of(new Order("AAPL", action, qty)), BARS);
  }

  @Test
  void originalExecutorExampleLeavesCash98500AfterALongOf10At150() {
    Portfolio portfolio = new Portfolio(100_000);
    Map<String, List<Bar>> bars =
        Map.of("AAPL", List.of(new Bar("AAPL", MONDAY, 150, 156, 149, 155, 1_000)));

    ExecutionReport report =
        atOpen.execute(portfolio, MONDAY, List.of(new Order("AAPL", Action.LONG, 10)), bars);

    assertThat(portfolio.cash()).isEqualTo(98_500);
    assertThat(report.fills())
        .containsExactly(new Fill("2024-03-04/AAPL/BUY", MONDAY, "AAPL", Side.BUY, 10, 150, 0));
  }

  @Test
  void longCoversTheShortFirstThenBuysWithWhatRemains() {
    Portfolio portfolio = new Portfolio(10_000);
    trade(portfolio, MONDAY, Action.SHORT, 4);

    ExecutionReport report = trade(portfolio, TUESDAY, Action.LONG, 10);

    assertThat(report.fills())
        .extracting(Fill::side, Fill::quantity)
        .containsExactly(tuple(Side.COVER, 4L), tuple(Side.BUY, 6L));
    assertThat(portfolio.position("AAPL").shortQuantity()).isZero();
    assertThat(portfolio.position("AAPL").longQuantity()).isEqualTo(6);
    assertThat(portfolio.marginUsed()).isZero();
  }

  @Test
  void shortSellsTheLongFirstThenOpensAShort() {
    Portfolio portfolio = new Portfolio(10_000);
    trade(portfolio, MONDAY, Action.LONG, 4);

    ExecutionReport report = trade(portfolio, TUESDAY, Action.SHORT, 10);

    assertThat(report.fills())
        .extracting(Fill::side, Fill::quantity)
        .containsExactly(tuple(Side.SELL, 4L), tuple(Side.SHORT, 6L));
    assertThat(portfolio.position("AAPL").longQuantity()).isZero();
    assertThat(portfolio.position("AAPL").shortQuantity()).isEqualTo(6);
    // 6 * 100 * 0.25
    assertThat(portfolio.marginUsed()).isEqualTo(150);
  }

  @Test
  void holdWithAQuantityDoesNothing() {
    Portfolio portfolio = new Portfolio(10_000);

    ExecutionReport report = trade(portfolio, MONDAY, Action.HOLD, 50);

    assertThat(report.fills()).isEmpty();
    assertThat(report.reductions()).isEmpty();
    assertThat(portfolio.cash()).isEqualTo(10_000);
  }

  @Test
  void aBuyBeyondCashIsReducedToWholeAffordableSharesAndTheReductionRecorded() {
    Portfolio portfolio = new Portfolio(1_000);

    ExecutionReport report = trade(portfolio, MONDAY, Action.LONG, 15);

    assertThat(report.fills()).extracting(Fill::quantity).containsExactly(10L);
    assertThat(report.reductions())
        .containsExactly(new Reduction.InsufficientCash("AAPL", 15, 10, 1_000, 100));
    assertThat(report.reductions().getFirst().code()).isEqualTo("INSUFFICIENT_CASH");
    assertThat(portfolio.cash()).isZero();
  }

  @Test
  void aCommissionThatCashCannotCoverFillsOnlyThePartThatItCan() {
    Portfolio portfolio = new Portfolio(1_000);
    SimulatedBroker broker =
        new SimulatedBroker(FillTiming.SAME_SESSION_OPEN, new TradingCosts(0, 5, 0, 0));

    ExecutionReport report =
        broker.execute(portfolio, MONDAY, List.of(new Order("AAPL", Action.LONG, 10)), BARS);

    // 10 shares cost 1000 + 5 > 1000; 9 cost 900 + 5
    assertThat(report.fills()).extracting(Fill::quantity).containsExactly(9L);
    assertThat(report.reductions()).extracting(Reduction::allowed).containsExactly(9L);
    assertThat(portfolio.cash()).isEqualTo(95);
  }

  @Test
  void aShortBeyondMarginIsReducedToWhatCashCanHold() {
    Portfolio portfolio = new Portfolio(1_000);

    ExecutionReport report = trade(portfolio, MONDAY, Action.SHORT, 50);

    // margin 100 * 0.25 = 25 a share: 1000 holds 40
    assertThat(report.fills()).extracting(Fill::quantity).containsExactly(40L);
    Reduction reduction = report.reductions().getFirst();
    assertThat(reduction).isEqualTo(new Reduction.InsufficientMargin("AAPL", 50, 40, 1_000, 25));
    assertThat(reduction.code()).isEqualTo("INSUFFICIENT_MARGIN");
    // 1000 + 4000 - 1000 held as margin
    assertThat(portfolio.cash()).isEqualTo(4_000);
    assertThat(portfolio.marginUsed()).isEqualTo(1_000);
  }

  @Test
  void aLongCoversInFullThenBuysOnlyWhatTheCashLeftAllows() {
    Portfolio portfolio = new Portfolio(1_000);
    trade(portfolio, MONDAY, Action.SHORT, 10);
    // 1000 + 1000 - 250 = 1750, margin 250

    ExecutionReport report = trade(portfolio, TUESDAY, Action.LONG, 30);

    // the cover leaves 1750 - 1000 + 250 = 1000, which buys 10
    assertThat(report.fills())
        .extracting(Fill::side, Fill::quantity)
        .containsExactly(tuple(Side.COVER, 10L), tuple(Side.BUY, 10L));
    assertThat(report.reductions())
        .containsExactly(new Reduction.InsufficientCash("AAPL", 30, 20, 1_000, 100));
  }

  @Test
  void costsLowerTheNetAssetValueByExactlyCommissionAndSlippage() {
    // 0.01 a share + 1 an order + 5 bps of notional; slippage 10 bps
    TradingCosts costs = new TradingCosts(0.01, 1, 5, 10);
    SimulatedBroker broker = new SimulatedBroker(FillTiming.SAME_SESSION_OPEN, costs);
    Portfolio portfolio = new Portfolio(100_000);

    broker.execute(portfolio, MONDAY, List.of(new Order("AAPL", Action.LONG, 100)), BARS);
    // buy at 100.10; commission 1 + 1 + 10010 * 0.0005 = 7.005; slippage 100 * 0.10 = 10
    assertThat(portfolio.netAssetValue(Map.of("AAPL", 100.0)))
        .isCloseTo(100_000 - 7.005 - 10, within(1e-9));

    broker.execute(portfolio, TUESDAY, List.of(new Order("AAPL", Action.SHORT, 300)), BARS);
    // sell 100 and short 200 at 99.90, two fills: commissions 1 + 1 + 9990 * 0.0005 = 6.995
    // and 2 + 1 + 19980 * 0.0005 = 12.99; slippage 300 * 0.10 = 30
    assertThat(portfolio.netAssetValue(Map.of("AAPL", 100.0)))
        .isCloseTo(100_000 - 7.005 - 10 - 6.995 - 12.99 - 30, within(1e-9));
  }

  @Test
  void nextSessionOpenFillsAtTheFollowingBarAndRecordsItsDate() {
    Portfolio portfolio = new Portfolio(10_000);
    SimulatedBroker broker = new SimulatedBroker(FillTiming.NEXT_SESSION_OPEN, TradingCosts.NONE);

    ExecutionReport report =
        broker.execute(portfolio, MONDAY, List.of(new Order("AAPL", Action.LONG, 1)), BARS);

    assertThat(report.fills())
        .containsExactly(new Fill("2024-03-04/AAPL/BUY", TUESDAY, "AAPL", Side.BUY, 1, 100, 0));
  }

  @Test
  void anOrderWithoutAFillPriceIsRecordedAsReducedToNothing() {
    Portfolio portfolio = new Portfolio(10_000);
    SimulatedBroker broker = new SimulatedBroker(FillTiming.NEXT_SESSION_OPEN, TradingCosts.NONE);

    ExecutionReport report =
        broker.execute(portfolio, TUESDAY, List.of(new Order("AAPL", Action.LONG, 5)), BARS);

    assertThat(report.fills()).isEmpty();
    assertThat(report.reductions()).containsExactly(new Reduction.NoFillPrice("AAPL", 5, TUESDAY));
    assertThat(report.reductions().getFirst().code()).isEqualTo("NO_FILL_PRICE");
  }

  @Test
  void executingTheSameSessionTwiceIsRefused() {
    Portfolio portfolio = new Portfolio(10_000);
    trade(portfolio, MONDAY, Action.LONG, 1);

    assertThatThrownBy(() -> trade(portfolio, MONDAY, Action.LONG, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2024-03-04/AAPL/BUY");
    assertThat(portfolio.position("AAPL").longQuantity()).isEqualTo(1);
  }

  @Test
  void twoOrdersForOneTickerInASessionAreRefused() {
    Portfolio portfolio = new Portfolio(10_000);
    List<Order> orders =
        List.of(new Order("AAPL", Action.LONG, 1), new Order("AAPL", Action.SHORT, 1));

    assertThatThrownBy(() -> atOpen.execute(portfolio, MONDAY, orders, BARS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two orders for AAPL");
  }
}
