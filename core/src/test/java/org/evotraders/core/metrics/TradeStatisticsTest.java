package org.evotraders.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TradeStatisticsTest {

  @Test
  void countsWinsAndLossesAndDividesGrossProfitByGrossLoss() {
    // Wins 100 + 30 = 130, losses 50 + 20 = 70, one trade breaks even.
    TradeStatistics stats = TradeStatistics.of(List.of(100.0, -50.0, 30.0, 0.0, -20.0));

    assertThat(stats.trades()).isEqualTo(5);
    assertThat(stats.wins()).isEqualTo(2);
    assertThat(stats.losses()).isEqualTo(2);
    assertThat(stats.winRate()).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(stats.grossProfit()).isCloseTo(130, within(1e-12));
    assertThat(stats.grossLoss()).isCloseTo(70, within(1e-12));
    assertThat(stats.profitFactor()).isCloseTo(130.0 / 70, within(1e-12));
  }

  @Test
  void givesAnInfiniteProfitFactorWhenNothingLost() {
    assertThat(TradeStatistics.of(List.of(5.0, 7.0)).profitFactor()).isInfinite().isPositive();
  }

  @Test
  void givesNaNRatesWithoutTrades() {
    TradeStatistics stats = TradeStatistics.of(List.of());

    assertThat(stats.winRate()).isNaN();
    assertThat(stats.profitFactor()).isNaN();
  }
}
