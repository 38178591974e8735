package org.evotraders.core.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evotraders.core.baselines.Sessions.bars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;

class MonthlyMomentumTest {

  private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
  private static final LocalDate JAN_3 = LocalDate.of(2024, 1, 3);
  private static final LocalDate FEB_1 = LocalDate.of(2024, 2, 1);

  /**
   * 21 December closes per ticker: 100 for the first 20, then AAA 125 (+25%), BBB 80 (-20%), CCC
   * 200 (+100%).
   */
  private static List<Bar> december() {
    List<Bar> bars = new ArrayList<>();
    LocalDate day = LocalDate.of(2023, 12, 1);
    for (int i = 0; i <= 20; i++, day = day.plusDays(1)) {
      bars.addAll(
          bars(
                  day,
                  "AAA",
                  100,
                  i < 20 ? 100 : 125,
                  "BBB",
                  100,
                  i < 20 ? 100 : 80,
                  "CCC",
                  100,
                  i < 20 ? 100 : 200)
              .values());
    }
    return bars;
  }

  private static MonthlyMomentum warmedUp() {
    MonthlyMomentum momentum =
        new MonthlyMomentum(List.of("AAA", "BBB", "CCC"), 10_000, TradingCosts.NONE);
    momentum.warmUp(december());
    return momentum;
  }

  @Test
  void buysTheTopHalfByTwentySessionReturnInEqualWeightsOnTheFirstSession() {
    MonthlyMomentum momentum = warmedUp();

    // Ranked CCC +100%, AAA +25%, BBB -20%; the top ceil(3/2) = 2 get 5000 each at the open.
    momentum.onSession(JAN_2, bars(JAN_2, "AAA", 125, 125, "BBB", 80, 80, "CCC", 200, 200));

    assertThat(momentum.shares("CCC")).isEqualTo(5000 / 200);
    assertThat(momentum.shares("AAA")).isEqualTo(5000 / 125);
    assertThat(momentum.shares("BBB")).isZero();
  }

  @Test
  void keepsItsHoldingsWithinTheMonthThoughTheRankingChanged() {
    MonthlyMomentum momentum = warmedUp();
    momentum.onSession(JAN_2, bars(JAN_2, "AAA", 125, 125, "BBB", 80, 300, "CCC", 200, 200));

    // BBB closed at 300 on Jan 2 and would now rank first, but Jan 3 is not a month's first
    // session.
    momentum.onSession(JAN_3, bars(JAN_3, "AAA", 125, 150, "BBB", 300, 160, "CCC", 200, 90));

    assertThat(momentum.shares("AAA")).isEqualTo(40);
    assertThat(momentum.shares("CCC")).isEqualTo(25);
    assertThat(momentum.shares("BBB")).isZero();
    assertThat(momentum.value()).isCloseTo(40 * 150 + 25 * 90, within(1e-9));
  }

  @Test
  void rebalancesIntoTheNewTopHalfOnTheFirstSessionOfTheNextMonth() {
    MonthlyMomentum momentum = warmedUp();
    momentum.onSession(JAN_2, bars(JAN_2, "AAA", 125, 125, "BBB", 80, 300, "CCC", 200, 200));
    momentum.onSession(JAN_3, bars(JAN_3, "AAA", 125, 150, "BBB", 300, 160, "CCC", 200, 90));

    // Window on Feb 1: the 3rd December close (100) to the Jan 3 close:
    // BBB +60%, AAA +50%, CCC -10% -> hold BBB and AAA.
    // Sell 25 CCC at 90: cash 2250. Value at open 2250 + 40 * 150 = 8250, target 4125 each.
    // AAA holds 6000: sell floor(1875 / 150) = 12, cash 4050, 28 left.
    // BBB: buy with the 4050 cash, floor(4050 / 160) = 25 shares, 50 left.
    momentum.onSession(FEB_1, bars(FEB_1, "AAA", 150, 150, "BBB", 160, 160, "CCC", 90, 90));

    assertThat(momentum.shares("CCC")).isZero();
    assertThat(momentum.shares("AAA")).isEqualTo(28);
    assertThat(momentum.shares("BBB")).isEqualTo(25);
    assertThat(momentum.value()).isCloseTo(50 + 28 * 150 + 25 * 160, within(1e-9));
  }

  @Test
  void staysInCashUntilATickerHasTwentyOneCloses() {
    MonthlyMomentum momentum =
        new MonthlyMomentum(List.of("AAA", "BBB"), 10_000, TradingCosts.NONE);

    momentum.onSession(JAN_2, bars(JAN_2, "AAA", 10, 11, "BBB", 10, 9));

    assertThat(momentum.shares("AAA")).isZero();
    assertThat(momentum.value()).isEqualTo(10_000);
  }
}
