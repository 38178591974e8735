package org.evotraders.agents.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecollectionTest {

  @Test
  void readsAsOneLineWithDateSimilarityViewAndOutcome() {
    Recollection recollection =
        new Recollection(
            LocalDate.of(2024, 3, 4),
            0.8349,
            "AAPL up 2%\non strong volume",
            "bullish on AAPL",
            "Profitable day, P&L +1,200",
            1.0);

    assertThat(recollection.text())
        .isEqualTo(
            "2024-03-04 (similarity 0.83): AAPL up 2% on strong volume | my view: bullish on AAPL"
                + " | outcome: Profitable day, P&L +1,200 (score 1.0)");
  }

  @Test
  void cutsALongSituationShortAt240Characters() {
    String situation = "x".repeat(300);
    Recollection recollection =
        new Recollection(LocalDate.of(2024, 3, 4), 0.5, situation, "v", "o", 0.0);

    assertThat(recollection.text())
        .startsWith("2024-03-04 (similarity 0.50): " + "x".repeat(237) + "... | my view: v");
  }

  @Test
  void listsSeveralRecollectionsOneALine() {
    Recollection first = new Recollection(LocalDate.of(2024, 3, 4), 0.9, "s1", "v1", "o1", 1.0);
    Recollection second = new Recollection(LocalDate.of(2024, 3, 1), 0.7, "s2", "v2", "o2", 0.0);

    assertThat(Recollection.text(List.of(first, second)))
        .isEqualTo(first.text() + "\n" + second.text());
    assertThat(Recollection.text(List.of())).isEmpty();
  }
}
