package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.num.DoubleNum;

class DailyBarSeriesTest {

  private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 1);
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

  @Test
  void keepsPricesVolumeAndSessionDatesOfEveryBarInDoubleNums() {
    BarSeries series =
        DailyBarSeries.of(
            List.of(
                new Bar("TSLA", FRIDAY, 200.52, 204.52, 198.5, 202.64, 82_099_200),
                new Bar("TSLA", MONDAY, 198.73, 199.75, 186.72, 188.14, 134_334_900)));

    assertThat(series.getName()).isEqualTo("TSLA");
    assertThat(series.getBarCount()).isEqualTo(2);
    var monday = series.getBar(1);
    assertThat(DailyBarSeries.sessionOf(series.getBar(0))).isEqualTo(FRIDAY);
    assertThat(DailyBarSeries.sessionOf(monday)).isEqualTo(MONDAY);
    assertThat(monday.getClosePrice()).isInstanceOf(DoubleNum.class);
    assertThat(monday.getOpenPrice().doubleValue()).isEqualTo(198.73);
    assertThat(monday.getHighPrice().doubleValue()).isEqualTo(199.75);
    assertThat(monday.getLowPrice().doubleValue()).isEqualTo(186.72);
    assertThat(monday.getClosePrice().doubleValue()).isEqualTo(188.14);
    assertThat(monday.getVolume().doubleValue()).isEqualTo(134_334_900);
  }

  @Test
  void refusesBarsOutOfDateOrderNamingTheTickerAndDates() {
    var bars =
        List.of(new Bar("AAPL", MONDAY, 1, 1, 1, 1, 0), new Bar("AAPL", FRIDAY, 1, 1, 1, 1, 0));

    assertThatThrownBy(() -> DailyBarSeries.of(bars))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AAPL")
        .hasMessageContaining("2024-03-01 follows 2024-03-04");
  }

  @Test
  void refusesTwoBarsOnOneSession() {
    var bars =
        List.of(new Bar("AAPL", FRIDAY, 1, 1, 1, 1, 0), new Bar("AAPL", FRIDAY, 2, 2, 2, 2, 0));

    assertThatThrownBy(() -> DailyBarSeries.of(bars)).hasMessageContaining("out of order");
  }

  @Test
  void refusesBarsOfTwoTickers() {
    var bars =
        List.of(new Bar("AAPL", FRIDAY, 1, 1, 1, 1, 0), new Bar("MSFT", MONDAY, 1, 1, 1, 1, 0));

    assertThatThrownBy(() -> DailyBarSeries.of(bars))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AAPL and MSFT");
  }

  @Test
  void refusesAnEmptyList() {
    assertThatThrownBy(() -> DailyBarSeries.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no bars");
  }
}
