package org.evotraders.core.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evotraders.core.baselines.Sessions.bars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.TradingCosts;
import org.junit.jupiter.api.Test;

class BuyAndHoldTest {

  private static final LocalDate D1 = LocalDate.of(2024, 3, 4);
  private static final LocalDate D2 = D1.plusDays(1);
  private static final LocalDate D3 = D1.plusDays(2);

  @Test
  void equalWeightBuysHalfOfTheCashOfEachTickerAtTheFirstOpenAndValuesAtEachClose() {
    BuyAndHold baseline = BuyAndHold.equalWeight(List.of("AAA", "BBB"), 1000, TradingCosts.NONE);

    // 500 at open 10 buys 50 AAA, 500 at open 20 buys 25 BBB; no cash is left.
    baseline.onSession(D1, bars(D1, "AAA", 10, 11, "BBB", 20, 19));
    assertThat(baseline.value()).isCloseTo(50 * 11 + 25 * 19, within(1e-9)); // 1025
    baseline.onSession(D2, bars(D2, "AAA", 11, 12, "BBB", 19, 21));
    assertThat(baseline.value()).isCloseTo(50 * 12 + 25 * 21, within(1e-9)); // 1125
    baseline.onSession(D3, bars(D3, "AAA", 12, 9, "BBB", 21, 20));
    assertThat(baseline.value()).isCloseTo(50 * 9 + 25 * 20, within(1e-9)); // 950

    assertThat(baseline.history().values()).containsExactly(1025.0, 1125.0, 950.0);
    assertThat(baseline.history().dates()).containsExactly(D1, D2, D3);
  }

  @Test
  void paysSlippageAndCommissionOnEveryBuyAndKeepsTheRemainderAsCash() {
    // $1 per order and 100 bp slippage: AAA costs 10.10, BBB 20.20.
    // AAA: (500 - 1) / 10.10 = 49.4 -> 49 shares for 494.90 + 1 = 495.90, 4.10 left.
    // BBB: (500 - 1) / 20.20 = 24.7 -> 24 shares for 484.80 + 1 = 485.80, 14.20 left.
    BuyAndHold baseline =
        BuyAndHold.equalWeight(List.of("AAA", "BBB"), 1000, new TradingCosts(0, 1, 0, 100));

    baseline.onSession(D1, bars(D1, "AAA", 10, 11, "BBB", 20, 19));

    assertThat(baseline.shares("AAA")).isEqualTo(49);
    assertThat(baseline.shares("BBB")).isEqualTo(24);
    assertThat(baseline.value()).isCloseTo(4.10 + 14.20 + 49 * 11 + 24 * 19, within(1e-9));
  }

  @Test
  void valueWeightsByMarketCapAndGivesAnUnknownCapTheMedianOfTheKnownOnes() {
    // Caps 3e9 and 1e9 are known; CCC gets their median 2e9, so weights are 3/6, 1/6, 2/6.
    BuyAndHold baseline =
        BuyAndHold.valueWeighted(
            List.of("AAA", "BBB", "CCC"), Map.of("AAA", 3e9, "BBB", 1e9), 6000, TradingCosts.NONE);

    baseline.onSession(D1, bars(D1, "AAA", 10, 10, "BBB", 10, 10, "CCC", 10, 10));

    assertThat(baseline.shares("AAA")).isEqualTo(300);
    assertThat(baseline.shares("BBB")).isEqualTo(100);
    assertThat(baseline.shares("CCC")).isEqualTo(200);
  }

  @Test
  void valueWeightingFallsBackToEqualWeightsWhenNoCapIsKnown() {
    BuyAndHold baseline =
        BuyAndHold.valueWeighted(List.of("AAA", "BBB"), Map.of(), 1000, TradingCosts.NONE);

    baseline.onSession(D1, bars(D1, "AAA", 10, 10, "BBB", 10, 10));

    assertThat(baseline.shares("AAA")).isEqualTo(50);
    assertThat(baseline.shares("BBB")).isEqualTo(50);
  }

  @Test
  void indexHoldsOnlyItsTickerAndIgnoresTheOthers() {
    BuyAndHold baseline = BuyAndHold.index(Baseline.DEFAULT_INDEX, 1000, TradingCosts.NONE);

    baseline.onSession(D1, bars(D1, "SPY", 100, 101, "AAA", 10, 50));

    assertThat(baseline.name()).isEqualTo("buy and hold SPY");
    assertThat(baseline.shares("SPY")).isEqualTo(10);
    assertThat(baseline.value()).isCloseTo(10 * 101, within(1e-9));
  }

  @Test
  void buysATickerMissingOnTheFirstSessionAtItsFirstOpenAndHoldsItsBudgetAsCashUntilThen() {
    BuyAndHold baseline = BuyAndHold.equalWeight(List.of("AAA", "BBB"), 1000, TradingCosts.NONE);

    baseline.onSession(D1, bars(D1, "AAA", 10, 12));
    assertThat(baseline.value()).isCloseTo(50 * 12 + 500, within(1e-9));
    baseline.onSession(D2, bars(D2, "AAA", 12, 12, "BBB", 25, 30));
    assertThat(baseline.shares("BBB")).isEqualTo(20);
    assertThat(baseline.value()).isCloseTo(50 * 12 + 20 * 30, within(1e-9));
  }

  @Test
  void refusesASessionThatDoesNotFollowTheLastOne() {
    BuyAndHold baseline = BuyAndHold.index("SPY", 1000, TradingCosts.NONE);
    baseline.onSession(D2, bars(D2, "SPY", 100, 100));

    assertThatThrownBy(() -> baseline.onSession(D1, bars(D1, "SPY", 100, 100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increasing date order");
  }

  @Test
  void reportsTheInitialCashAsValueBeforeTheFirstSession() {
    assertThat(BuyAndHold.index("SPY", 1234, TradingCosts.NONE).value()).isEqualTo(1234);
  }
}
