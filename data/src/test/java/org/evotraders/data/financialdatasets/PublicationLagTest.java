package org.evotraders.data.financialdatasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationLagTest {

  private static final LocalDate QUARTER_END = LocalDate.of(2023, 12, 30);

  @Test
  void givesAQuarterTheTenQDeadlineOf45Days() {
    assertThat(PublicationLag.filed(QUARTER_END, "ttm", "2024-Q1"))
        .isEqualTo(LocalDate.of(2024, 2, 13));
    assertThat(PublicationLag.filed(QUARTER_END, "quarterly", null))
        .isEqualTo(LocalDate.of(2024, 2, 13));
  }

  @Test
  void givesAFiscalYearEndTheTenKDeadlineOf90Days() {
    LocalDate yearEnd = LocalDate.of(2023, 9, 30);
    assertThat(PublicationLag.filed(yearEnd, "ttm", "2023-Q4"))
        .isEqualTo(LocalDate.of(2023, 12, 29));
    assertThat(PublicationLag.filed(yearEnd, "annual", null)).isEqualTo(LocalDate.of(2023, 12, 29));
  }
}
