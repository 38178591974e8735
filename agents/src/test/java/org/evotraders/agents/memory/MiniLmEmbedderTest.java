package org.evotraders.agents.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real quantized all-MiniLM-L6-v2 model, offline from its Maven artifact. */
class MiniLmEmbedderTest {

  @TempDir Path folder;

  @Test
  void recallRanksASemanticallySimilarSituationAboveAnUnrelatedOne() {
    SituationEmbedder embedder = new MiniLmEmbedder();
    AgentMemory memory = AgentMemory.open("sentiment_analyst", folder, embedder);
    LocalDate chips = LocalDate.of(2024, 3, 1);
    LocalDate harvest = LocalDate.of(2024, 3, 4);
    // the newer, unrelated day would win a tie, so only similarity can put the chips day first
    memory.remember(chips, "Chip makers rally after blowout quarterly earnings", "bullish on NVDA");
    memory.settle(chips, "Profitable day", 1.0);
    memory.remember(harvest, "Heavy rain floods farmland and delays the wheat harvest", "neutral");
    memory.settle(harvest, "Loss day", 0.0);

    List<Recollection> recalled =
        memory.recall(LocalDate.of(2024, 3, 5), "Semiconductor shares surge on strong results", 2);

    assertThat(embedder.embed("any text")).hasSize(384);
    assertThat(recalled).extracting(Recollection::date).containsExactly(chips, harvest);
    assertThat(recalled.get(0).similarity()).isGreaterThan(recalled.get(1).similarity() + 0.2);
  }
}
