package org.evotraders.agents.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentMemoryTest {

  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MAR_4 = LocalDate.of(2024, 3, 4);
  private static final LocalDate MAR_5 = LocalDate.of(2024, 3, 5);
  private static final LocalDate MAR_6 = LocalDate.of(2024, 3, 6);

  @TempDir Path folder;

  private final BagOfWordsEmbedder embedder = new BagOfWordsEmbedder();

  private AgentMemory open() {
    return AgentMemory.open("technical_analyst", folder, embedder);
  }

  private static void rememberSettled(AgentMemory memory, LocalDate date, String situation) {
    memory.remember(date, situation, "view of " + date);
    memory.settle(date, "outcome of " + date, 1.0);
  }

  private static List<LocalDate> dates(List<Recollection> recollections) {
    return recollections.stream().map(Recollection::date).toList();
  }

  @Test
  void recallsTheMostSimilarSettledDaysFirstWithTheirCosineSimilarity() {
    AgentMemory memory = open();
    rememberSettled(memory, MAR_1, "apple earnings beat expectations");
    rememberSettled(memory, MAR_4, "oil supply glut hits crude");
    rememberSettled(memory, MAR_5, "apple earnings miss expectations");

    List<Recollection> recalled = memory.recall(MAR_6, "apple earnings beat expectations", 3);

    // identical words: 1.0; three of four words shared: 3 / (2 * 2) = 0.75; none shared: 0
    assertThat(dates(recalled)).containsExactly(MAR_1, MAR_5, MAR_4);
    assertThat(recalled.get(0).similarity()).isCloseTo(1.0, within(1e-6));
    assertThat(recalled.get(1).similarity()).isCloseTo(0.75, within(1e-6));
    assertThat(recalled.get(2).similarity()).isCloseTo(0.0, within(1e-6));
    assertThat(memory.recall(MAR_6, "apple earnings beat expectations", 1)).hasSize(1);
  }

  @Test
  void recallIgnoresDaysOnOrAfterTodayAndDaysWithoutOutcome() {
    AgentMemory memory = open();
    rememberSettled(memory, MAR_1, "chip stocks rally");
    memory.remember(MAR_4, "chip stocks rally", "unsettled view");
    rememberSettled(memory, MAR_5, "chip stocks rally");
    rememberSettled(memory, MAR_6, "chip stocks rally");

    assertThat(dates(memory.recall(MAR_5, "chip stocks rally", 10))).containsExactly(MAR_1);
    assertThat(memory.recall(MAR_1, "chip stocks rally", 10)).isEmpty();
  }

  @Test
  void equallySimilarDaysComeNewestFirst() {
    AgentMemory memory = open();
    rememberSettled(memory, MAR_1, "chip stocks rally");
    rememberSettled(memory, MAR_4, "chip stocks rally");
    rememberSettled(memory, MAR_5, "chip stocks rally");

    assertThat(dates(memory.recall(MAR_6, "chip stocks rally", 2))).containsExactly(MAR_5, MAR_4);
  }

  @Test
  void rememberingADateAgainKeepsOneEntryWithTheLatestViewUntilItIsSettledAgain() {
    AgentMemory memory = open();
    memory.remember(MAR_1, "chip stocks rally", "first view");
    memory.settle(MAR_1, "profitable day", 1.0);
    memory.remember(MAR_1, "chip stocks rally", "second view");

    assertThat(memory.recall(MAR_4, "chip stocks rally", 5)).isEmpty();

    memory.settle(MAR_1, "loss day", 0.0);
    List<Recollection> recalled = memory.recall(MAR_4, "chip stocks rally", 5);
    assertThat(recalled)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.view()).isEqualTo("second view");
              assertThat(r.outcome()).isEqualTo("loss day");
              assertThat(r.score()).isEqualTo(0.0);
            });
    assertThat(open().recall(MAR_4, "chip stocks rally", 5)).isEqualTo(recalled);
  }

  @Test
  void repeatingADaysCallsWritesNothing() throws IOException {
    AgentMemory memory = open();
    rememberSettled(memory, MAR_1, "chip stocks rally");
    long size = Files.size(folder.resolve(AgentMemory.FILE_NAME));
    int embedded = embedder.calls();

    rememberSettled(memory, MAR_1, "chip stocks rally");
    rememberSettled(open(), MAR_1, "chip stocks rally");

    assertThat(Files.size(folder.resolve(AgentMemory.FILE_NAME))).isEqualTo(size);
    assertThat(embedder.calls()).isEqualTo(embedded);
  }

  @Test
  void reopeningGivesTheSameRecallEmbeddingOnlyTheQuery() {
    AgentMemory memory = open();
    rememberSettled(memory, MAR_1, "apple earnings beat expectations");
    rememberSettled(memory, MAR_4, "oil supply glut hits crude");
    rememberSettled(memory, MAR_5, "apple earnings miss expectations");
    List<Recollection> before = memory.recall(MAR_6, "apple shares rise on earnings", 2);

    BagOfWordsEmbedder counting = new BagOfWordsEmbedder();
    AgentMemory reopened = AgentMemory.open("technical_analyst", folder, counting);

    assertThat(reopened.recall(MAR_6, "apple shares rise on earnings", 2)).isEqualTo(before);
    assertThat(counting.calls()).isEqualTo(1);
  }

  @Test
  void aLineTornByACrashIsDroppedOnReopeningAndLaterWritesStayReadable() throws IOException {
    AgentMemory memory = open();
    rememberSettled(memory, MAR_1, "chip stocks rally");
    List<Recollection> before = memory.recall(MAR_6, "chip stocks rally", 5);
    Files.writeString(
        folder.resolve(AgentMemory.FILE_NAME),
        "{\"type\":\"remembered\",\"date\":\"2024-03-04\",\"situ",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    AgentMemory reopened = open();
    assertThat(reopened.recall(MAR_6, "chip stocks rally", 5)).isEqualTo(before);

    rememberSettled(reopened, MAR_4, "chip stocks rally");
    assertThat(dates(open().recall(MAR_6, "chip stocks rally", 5))).containsExactly(MAR_4, MAR_1);
  }

  @Test
  void aDamagedLineInsideTheFileFailsNamingFileAndLine() throws IOException {
    rememberSettled(open(), MAR_1, "chip stocks rally");
    Path file = folder.resolve(AgentMemory.FILE_NAME);
    Files.writeString(file, "not json\n" + Files.readString(file));

    assertThatThrownBy(this::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 1");
  }

  @Test
  void settlingADayNeverRememberedFailsNamingTheDay() {
    assertThatThrownBy(() -> open().settle(MAR_4, "profitable day", 1.0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("technical_analyst has no memory of 2024-03-04");
  }

  @Test
  void aScoreOutsideZeroToOneIsRefused() {
    AgentMemory memory = open();
    memory.remember(MAR_4, "chip stocks rally", "bullish");

    assertThatThrownBy(() -> memory.settle(MAR_4, "profitable day", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 0.0-1.0, was 1.5");
  }
}
