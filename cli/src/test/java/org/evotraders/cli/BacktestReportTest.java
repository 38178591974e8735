package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.pipeline.runs.Bootstrap;
import org.evotraders.pipeline.runs.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtest command prints the report (team against the baselines, the analysts' leaderboard,
 * the run folder) and leaves a run folder a later run or tool can read: report.html, BOOTSTRAP.md
 * with the whole configuration, the state files and the dashboard exports.
 */
class BacktestReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;

  @Test
  void printsTheTeamAgainstTheBaselinesTheLeaderboardAndTheRunFolder() {
    CliCall call =
        CliCall.succeeding(
            TeamRunFixture.OFFLINE, TeamRunFixture.newRun(root, false, "--budget-usd", "2.5"));
    Path run = TeamRunFixture.onlyRun(root);

    assertThat(call.out())
        .contains("Performance", "Team", "Equal weight", "Value weighted", "Momentum", "SPY")
        .contains("Analyst leaderboard", "technical_analyst", "sentiment_analyst")
        .contains("Final NAV", "Model spending", "Budget")
        .contains("Run folder", run.toString())
        .doesNotContain("Stopped early");
    assertThat(call.err()).contains("evotraders: run " + run.getFileName());
  }

  @Test
  void writesTheReportTheConfigurationTheStateAndTheDashboard() throws IOException {
    CliCall.succeeding(
        TeamRunFixture.OFFLINE,
        TeamRunFixture.newRun(
            root, false, "--cash", "50000", "--fill-model", "close", "--budget-tokens", "90000"));
    Path run = TeamRunFixture.onlyRun(root);

    assertThat(Files.readString(run.resolve("report.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg");
    RunConfig config = Bootstrap.read(run.resolve("BOOTSTRAP.md")).config();
    assertThat(config.tickers()).containsExactly("AAPL", "MSFT", "NVDA");
    assertThat(config.start()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(config.end()).isEqualTo(LocalDate.of(2024, 1, 11));
    assertThat(config.seed()).isEqualTo(7);
    assertThat(config.initialCash()).isEqualTo(50_000);
    assertThat(config.fillModel()).isEqualTo("close");
    assertThat(config.memory()).isFalse();
    assertThat(config.budget()).isEqualTo(new RunConfig.Budget(90_000L, null));
    assertThat(config.costs()).isEqualTo(new TradingCosts(0.005, 0, 0, 5));
    assertThat(config.models())
        .hasSize(6)
        .allSatisfy((agent, model) -> assertThat(model.provider()).isEqualTo("offline"));
    String frontMatter = Files.readString(run.resolve("BOOTSTRAP.md"));
    for (var component : RunConfig.class.getRecordComponents()) {
      assertThat(frontMatter).contains(snakeCase(component.getName()) + ":");
    }
    JsonNode runtime = JSON.readTree(run.resolve("state/runtime_state.json").toFile());
    assertThat(runtime.path("status").asText()).isEqualTo("completed");
    assertThat(runtime.path("trading_days_completed").asInt()).isEqualTo(8);
    assertThat(JSON.readTree(run.resolve("state/server_state.json").toFile()).isObject()).isTrue();
    assertThat(jsonFiles(run.resolve("team_dashboard")))
        .contains("summary.json", "holdings.json", "stats.json", "trades.json", "leaderboard.json");
  }

  @Test
  void leavesTheDashboardExportsOutWhenTheyAreTurnedOff() throws IOException {
    CliCall.succeeding(
        Map.of("MODEL_PROVIDER", "offline", "ENABLE_DASHBOARD_COMPAT_EXPORTS", "false"),
        TeamRunFixture.newRun(root, false));
    Path run = TeamRunFixture.onlyRun(root);

    assertThat(jsonFiles(run.resolve("team_dashboard"))).isEmpty();
    assertThat(jsonFiles(run.resolve("state"))).contains("runtime_state.json", "server_state.json");
    assertThat(run.resolve("report.html")).isNotEmptyFile();
  }

  private static List<String> jsonFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
    }
  }

  private static String snakeCase(String name) {
    return Arrays.stream(name.split("(?=[A-Z])"))
        .map(String::toLowerCase)
        .reduce((a, b) -> a + "_" + b)
        .orElseThrow();
  }
}
