package org.evotraders.agents.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.evotraders.agents.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamMemoryTest {

  @TempDir Path run;

  @Test
  void keepsEachAgentsMemoryInItsOwnFolderUnderTheRun() {
    TeamMemory team = TeamMemory.open(run, new BagOfWordsEmbedder());
    LocalDate day = LocalDate.of(2024, 3, 4);

    team.memory(Role.RISK_MANAGER).remember(day, "chip stocks rally", "cut exposure");

    for (Role role : Role.values()) {
      assertThat(run.resolve("agents").resolve(role.id())).isDirectory();
      assertThat(team.memory(role).agentId()).isEqualTo(role.id());
      assertThat(team.reflection(role).agentId()).isEqualTo(role.id());
    }
    assertThat(run.resolve("agents/risk_manager").resolve(AgentMemory.FILE_NAME)).isRegularFile();
    assertThat(run.resolve("agents/technical_analyst").resolve(AgentMemory.FILE_NAME))
        .doesNotExist();
  }

  @Test
  void embedsASituationSharedByTheAgentsOnce() {
    BagOfWordsEmbedder embedder = new BagOfWordsEmbedder();
    TeamMemory team = TeamMemory.open(run, embedder);
    LocalDate day = LocalDate.of(2024, 3, 4);

    for (Role role : Role.values()) {
      team.memory(role).remember(day, "chip stocks rally on earnings", "view of " + role.id());
      team.memory(role).settle(day, "profitable day", 1.0);
      team.memory(role).recall(day.plusDays(1), "chip stocks rally on earnings", 3);
    }

    assertThat(embedder.calls()).isEqualTo(1);
  }
}
