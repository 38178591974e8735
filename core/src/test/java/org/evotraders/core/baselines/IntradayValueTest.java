package org.evotraders.core.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;

/** A baseline is valued intraday at the latest prices with the holdings of its last session. */
class IntradayValueTest {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

  @Test
  void valuesTheSettledHoldingsAtTheGivenPricesAndTheRestAtTheirLastClose() {
    Baseline equalWeight = BuyAndHold.equalWeight(List.of("A", "B"), 10_000, TradingCosts.NONE);
    // 5,000 each at the opens: 50 A at 100 and 100 B at 50, no cash left
    equalWeight.onSession(
        DAY,
        Map.of(
            "A",
            new Bar("A", DAY, 100, 110, 95, 110, 0),
            "B",
            new Bar("B", DAY, 50, 50, 40, 40, 0)));
    assertThat(equalWeight.value()).isEqualTo(50 * 110 + 100 * 40);

    // 50 x 120 + 100 x 40 (B's last close) = 10,000
    assertThat(equalWeight.valueAt(Map.of("A", 120.0))).isEqualTo(10_000);
    // 50 x 120 + 100 x 45 = 10,500
    assertThat(equalWeight.valueAt(Map.of("A", 120.0, "B", 45.0))).isEqualTo(10_500);
  }

  @Test
  void isTheInitialCashBeforeTheFirstSession() {
    Baseline momentum = new MonthlyMomentum(List.of("A", "B"), 10_000, TradingCosts.NONE);

    assertThat(momentum.valueAt(Map.of("A", 120.0))).isEqualTo(10_000);
  }
}
