package org.evotraders.core.fills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;

class FillTimingTest {

  private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 29);
  private static final LocalDate MONDAY = LocalDate.of(2024, 4, 1);

  /** Good Friday is a holiday: the bars jump from Thursday to Monday. */
  private static final List<Bar> BARS =
      List.of(
          new Bar("AAPL", MONDAY, 12, 14, 11, 13, 100),
          new Bar("AAPL", FRIDAY.minusDays(1), 10, 12, 9, 11, 100));

  @Test
  void nextSessionOpenTakesTheOpenOfTheFirstLaterBarWhateverTheListOrder() {
    assertThat(FillTiming.NEXT_SESSION_OPEN.price(FRIDAY.minusDays(1), BARS))
        .contains(new ReferencePrice(MONDAY, 12));
    assertThat(FillTiming.NEXT_SESSION_OPEN.price(FRIDAY, BARS))
        .contains(new ReferencePrice(MONDAY, 12));
  }

  @Test
  void nextSessionOpenHasNoPriceAfterTheLastBar() {
    assertThat(FillTiming.NEXT_SESSION_OPEN.price(MONDAY, BARS)).isEmpty();
  }

  @Test
  void sameSessionTimingsTakeTheOpenOrCloseOfTheDecisionsSession() {
    assertThat(FillTiming.SAME_SESSION_OPEN.price(MONDAY, BARS))
        .contains(new ReferencePrice(MONDAY, 12));
    assertThat(FillTiming.SAME_SESSION_CLOSE.price(MONDAY, BARS))
        .contains(new ReferencePrice(MONDAY, 13));
  }

  @Test
  void sameSessionTimingsHaveNoPriceOnADayWithoutABar() {
    assertThat(FillTiming.SAME_SESSION_OPEN.price(FRIDAY, BARS)).isEqualTo(Optional.empty());
    assertThat(FillTiming.SAME_SESSION_CLOSE.price(FRIDAY, List.of())).isEmpty();
  }
}
