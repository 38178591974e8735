package org.evotraders.pipeline.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.TradingCosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapTest {

  @TempDir Path dir;

  static RunConfig config() {
    return new RunConfig(
        "backtest",
        "mock",
        List.of("AAPL", "MSFT"),
        LocalDate.of(2024, 1, 2),
        LocalDate.of(2024, 3, 28),
        100_000,
        0.25,
        new TradingCosts(0.005, 0, 0, 5),
        "next_open",
        "SPY",
        2,
        new RunConfig.Risk(0.2, 1.5),
        Map.of("portfolio_manager", new RunConfig.AgentModel("offline", "rules-v1")),
        new RunConfig.Budget(null, 2.5),
        42,
        true);
  }

  @Test
  void theConfigurationRoundTripsThroughTheFrontMatterWithNestingKept() {
    Bootstrap bootstrap = new Bootstrap(config(), "Prefer liquid names.");
    Path file = dir.resolve("BOOTSTRAP.md");
    bootstrap.write(file);

    Bootstrap read = Bootstrap.read(file);
    assertThat(read).isEqualTo(bootstrap);
    assertThat(bootstrap.render())
        .startsWith("---\nmode: backtest\n")
        .contains("risk:\n  base_position_fraction: 0.2\n")
        .endsWith("---\n\nPrefer liquid names.\n");
  }

  @Test
  void aFrontMatterWithAnUnknownKeyIsRejectedNamingTheFile() {
    String text = "---\nmode: backtest\ncolour: blue\n---\nbody\n";
    assertThatThrownBy(() -> Bootstrap.parse(text, "runs/x/BOOTSTRAP.md"))
        .hasMessageContaining("runs/x/BOOTSTRAP.md")
        .hasMessageContaining("colour");
  }

  @Test
  void aRunIdTakenInTheSameSecondGetsASuffix() {
    LocalDateTime now = LocalDateTime.of(2026, 11, 28, 9, 30, 5);
    RunDirectory first = RunDirectory.create(dir, now);
    RunDirectory second = RunDirectory.create(dir, now);
    assertThat(first.runId()).isEqualTo("20261128_093005");
    assertThat(second.runId()).isEqualTo("20261128_093005_2");
  }
}
