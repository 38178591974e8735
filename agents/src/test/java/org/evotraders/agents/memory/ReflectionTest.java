package org.evotraders.agents.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evotraders.core.signals.Direction.DOWN;
import static org.evotraders.core.signals.Direction.NEUTRAL;
import static org.evotraders.core.signals.Direction.UP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectionTest {

  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MAR_4 = LocalDate.of(2024, 3, 4);
  private static final LocalDate MAR_5 = LocalDate.of(2024, 3, 5);
  private static final LocalDate MAR_6 = LocalDate.of(2024, 3, 6);

  @TempDir Path folder;

  /**
   * Six calls by hand: 03-01 AAPL UP +1.2% right, MSFT DOWN +0.4% wrong; 03-04 AAPL UP -2.1% wrong,
   * MSFT UP +0.8% right; 03-05 AAPL DOWN -1.5% right, NVDA DOWN -3.0% right.
   */
  private Reflection handBuiltRecord() {
    Reflection reflection = Reflection.open("sentiment_analyst", folder);
    reflection.record(
        MAR_1,
        List.of(
            new ScoredCall(MAR_1, "MSFT", DOWN, 0.004), new ScoredCall(MAR_1, "AAPL", UP, 0.012)));
    reflection.record(
        MAR_4,
        List.of(
            new ScoredCall(MAR_4, "AAPL", UP, -0.021), new ScoredCall(MAR_4, "MSFT", UP, 0.008)));
    reflection.record(
        MAR_5,
        List.of(
            new ScoredCall(MAR_5, "AAPL", DOWN, -0.015),
            new ScoredCall(MAR_5, "NVDA", DOWN, -0.030)));
    return reflection;
  }

  @Test
  void notesHitRatesStreakAndBiggestMissOfTheCallsBeforeToday() {
    Reflection reflection = handBuiltRecord();

    // 4 of 6 right = 66.7%; AAPL 2 of 3, MSFT 1 of 2, NVDA 1 of 1; the last three calls (MSFT
    // 03-04,
    // AAPL and NVDA 03-05) were right; the worst miss is AAPL's -2.1% against an UP call
    assertThat(reflection.note(MAR_6))
        .hasValue(
            "Last 6 scored calls (2024-03-01 to 2024-03-05): 4 right, 2 wrong (67%). By ticker: AAPL 2"
                + " of 3 (67%), MSFT 1 of 2 (50%), NVDA 1 of 1 (100%). Streak: last 3 calls right."
                + " Biggest miss: UP on AAPL on 2024-03-04, which fell 2.10%.");
    // on 03-05 that day's calls are not settled yet: 2 of 4 right, and the last call (MSFT 03-04)
    // right
    assertThat(reflection.note(MAR_5))
        .hasValue(
            "Last 4 scored calls (2024-03-01 to 2024-03-04): 2 right, 2 wrong (50%). By ticker: AAPL 1"
                + " of 2 (50%), MSFT 1 of 2 (50%). Streak: last call right."
                + " Biggest miss: UP on AAPL on 2024-03-04, which fell 2.10%.");
    assertThat(reflection.note(MAR_1)).isEmpty();
  }

  @Test
  void looksBackOnTheLatestTwentyCallsOnly() {
    Reflection reflection = Reflection.open("technical_analyst", folder);
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int day = 0; day < 25; day++) {
      LocalDate date = first.plusDays(day);
      reflection.record(date, List.of(new ScoredCall(date, "AAPL", UP, 0.01)));
    }

    assertThat(reflection.note(first.plusDays(25)))
        .hasValueSatisfying(
            note ->
                assertThat(note)
                    .startsWith(
                        "Last 20 scored calls (2024-01-06 to 2024-01-25): 20 right, 0 wrong (100%).")
                    .endsWith("Streak: last 20 calls right. No misses."));
  }

  @Test
  void reopeningGivesTheSameNoteAndRecordingTheSameDayAgainWritesNothing() throws IOException {
    String note = handBuiltRecord().note(MAR_6).orElseThrow();
    long size = Files.size(folder.resolve(Reflection.FILE_NAME));

    Reflection reopened = Reflection.open("sentiment_analyst", folder);
    reopened.record(
        MAR_5,
        List.of(
            new ScoredCall(MAR_5, "NVDA", DOWN, -0.030),
            new ScoredCall(MAR_5, "AAPL", DOWN, -0.015)));

    assertThat(reopened.note(MAR_6)).hasValue(note);
    assertThat(Files.size(folder.resolve(Reflection.FILE_NAME))).isEqualTo(size);
  }

  @Test
  void recordingADayAgainReplacesItsCalls() {
    Reflection reflection = handBuiltRecord();
    reflection.record(MAR_5, List.of(new ScoredCall(MAR_5, "NVDA", UP, -0.030)));

    assertThat(Reflection.open("sentiment_analyst", folder).note(MAR_6))
        .hasValueSatisfying(
            note ->
                assertThat(note).startsWith("Last 5 scored calls").contains("NVDA 0 of 1 (0%)"));
  }

  @Test
  void refusesACallDatedOtherThanTheSettledDayOrTwoCallsOnOneTicker() {
    Reflection reflection = Reflection.open("sentiment_analyst", folder);

    assertThatThrownBy(
            () -> reflection.record(MAR_4, List.of(new ScoredCall(MAR_1, "AAPL", UP, 0.01))))
        .hasMessageContaining("dated 2024-03-01, not the settled day 2024-03-04");
    assertThatThrownBy(
            () ->
                reflection.record(
                    MAR_4,
                    List.of(
                        new ScoredCall(MAR_4, "AAPL", UP, 0.01),
                        new ScoredCall(MAR_4, "AAPL", DOWN, 0.01))))
        .hasMessageContaining("two calls on AAPL");
    assertThatThrownBy(() -> new ScoredCall(MAR_4, "AAPL", NEUTRAL, 0.01))
        .hasMessageContaining("only UP and DOWN calls are scored");
  }

  @Test
  void aFlatSessionIsAMissForBothDirections() {
    assertThat(new ScoredCall(MAR_4, "AAPL", UP, 0.0).right()).isFalse();
    assertThat(new ScoredCall(MAR_4, "AAPL", DOWN, 0.0).right()).isFalse();
  }
}
