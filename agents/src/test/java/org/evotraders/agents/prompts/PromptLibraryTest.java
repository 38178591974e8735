package org.evotraders.agents.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evotraders.agents.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptLibraryTest {

  @TempDir Path agents;

  @Test
  void anEditedTemplateWithAnUnknownPlaceholderFailsAtInstallNamingTheFileAndThePlaceholder()
      throws Exception {
    PromptLibrary.install(agents);
    Path decision = agents.resolve("portfolio_manager/prompts/decision.md");
    Files.writeString(
        decision, Files.readString(decision) + "\nAlso mind {{ sentiment_score }}.\n");

    assertThatThrownBy(() -> PromptLibrary.install(agents))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(decision.toString())
        .hasMessageContaining("{{sentiment_score}}")
        .hasMessageContaining("track_records");
  }

  @Test
  void anEditedTemplateUsingOnlyGivenPlaceholdersIsKeptAndRendered() throws Exception {
    PromptLibrary.install(agents);
    Files.writeString(
        agents.resolve("risk_manager/prompts/assessment.md"),
        "Limits for {{tickers}} on {{date}}.");

    PromptTemplate assessment =
        PromptLibrary.install(agents).template(Role.RISK_MANAGER, "assessment");

    assertThat(assessment.render(Map.of("tickers", "AAPL", "date", "2025-03-03")))
        .isEqualTo("Limits for AAPL on 2025-03-03.");
  }

  @Test
  void installingGivesEveryAgentItsPromptFilesAndASkillsFolder() {
    PromptLibrary.install(agents);

    for (Role role : Role.values()) {
      Path own = agents.resolve(role.id());
      assertThat(own.resolve("skills")).isDirectory();
      assertThat(own.resolve("prompts").resolve("system.md")).isRegularFile();
    }
  }

  @Test
  void everyDefaultTemplateUsesOnlyThePlaceholdersItsAgentGives() {
    PromptLibrary library = PromptLibrary.install(agents);

    PromptLibrary.TEMPLATES.forEach(
        (role, templates) ->
            templates.forEach(
                (name, given) ->
                    assertThat(given).containsAll(library.template(role, name).names())));
  }
}
