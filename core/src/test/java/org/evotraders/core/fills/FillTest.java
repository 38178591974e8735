package org.evotraders.core.fills;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FillTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

  @Test
  void aFillMovesAtLeastOneShare() {
    assertThatThrownBy(() -> new Fill("f1", DAY, "AAPL", Side.BUY, 0, 100, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f1");
  }

  @Test
  void aFillNeedsAPositivePriceAndANonNegativeCommission() {
    assertThatThrownBy(() -> new Fill("f2", DAY, "AAPL", Side.SELL, 1, Double.NaN, 0))
        .hasMessageContaining("price NaN");
    assertThatThrownBy(() -> new Fill("f3", DAY, "AAPL", Side.SELL, 1, 100, -1))
        .hasMessageContaining("commission -1");
  }
}
