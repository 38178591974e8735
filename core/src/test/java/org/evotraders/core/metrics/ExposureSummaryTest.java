package org.evotraders.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureSummaryTest {

  @Test
  void averagesDailyExposuresAndAnnualisesTwoSidedTurnover() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    // Day 1: long 80, short 20 (booked negative), NAV 100, traded 50.
    // Day 2: long 60, no short, NAV 120, no trades.
    ExposureSummary summary =
        ExposureSummary.of(
            List.of(
                new PositionSnapshot(day, 80, -20, 100, 50),
                new PositionSnapshot(day.plusDays(1), 60, 0, 120, 0)),
            252);

    assertThat(summary.averageGross()).isCloseTo((1.0 + 0.5) / 2, within(1e-12));
    assertThat(summary.averageNet()).isCloseTo((0.6 + 0.5) / 2, within(1e-12));
    assertThat(summary.averageLong()).isCloseTo((0.8 + 0.5) / 2, within(1e-12));
    assertThat(summary.averageShort()).isCloseTo((0.2 + 0.0) / 2, within(1e-12));
    assertThat(summary.maxGross()).isCloseTo(1.0, within(1e-12));
    assertThat(summary.averageDailyTurnover()).isCloseTo((0.5 + 0.0) / 2, within(1e-12));
    assertThat(summary.annualTurnover()).isCloseTo(0.25 * 252, within(1e-9));
  }

  @Test
  void givesNaNWithoutSnapshots() {
    assertThat(ExposureSummary.of(List.of(), 252).averageGross()).isNaN();
  }
}
