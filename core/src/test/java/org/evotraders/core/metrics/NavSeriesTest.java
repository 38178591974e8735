package org.evotraders.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavSeriesTest {

  private static final LocalDate D1 = LocalDate.of(2024, 3, 1);

  @Test
  void returnsTheSimpleReturnOfEachSessionAfterTheFirst() {
    NavSeries nav =
        new NavSeries(List.of(D1, D1.plusDays(1), D1.plusDays(2)), List.of(100.0, 110.0, 99.0));

    assertThat(nav.returns()).containsExactly(110.0 / 100 - 1, 99.0 / 110 - 1);
  }

  @Test
  void refusesDatesThatDoNotIncrease() {
    assertThatThrownBy(() -> new NavSeries(List.of(D1, D1), List.of(100.0, 101.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must increase");
  }

  @Test
  void refusesANaNValueNamingItsDate() {
    assertThatThrownBy(() -> new NavSeries(List.of(D1, D1.plusDays(1)), List.of(100.0, Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(D1.plusDays(1).toString());
  }
}
