package org.evotraders.data.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static DateRange march(int first, int last) {
    return new DateRange(LocalDate.of(2024, 3, first), LocalDate.of(2024, 3, last));
  }

  @Test
  void mergesRangesThatOverlapOrTouch() {
    assertThat(DateRange.merge(List.of(march(10, 12), march(1, 4), march(5, 6), march(3, 5))))
        .containsExactly(march(1, 6), march(10, 12));
  }

  @Test
  void leavesTheGapsBetweenCoveredRanges() {
    assertThat(march(1, 20).minus(List.of(march(3, 5), march(10, 12))))
        .containsExactly(march(1, 2), march(6, 9), march(13, 20));
  }

  @Test
  void hasNoGapWhenCoveredAcrossSeveralRanges() {
    assertThat(march(4, 9).minus(List.of(march(1, 5), march(6, 12)))).isEmpty();
  }

  @Test
  void isWhollyMissingWhenNothingCoversIt() {
    assertThat(march(4, 9).minus(List.of(march(20, 25)))).containsExactly(march(4, 9));
  }

  @Test
  void refusesARangeEndingBeforeItStarts() {
    assertThatThrownBy(() -> march(5, 4)).hasMessageContaining("ends 2024-03-04 before it starts");
  }
}
