package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher reads a run's CSV prices once: the launch runs on the files its creation read. */
class RunLauncherTest {

  private static final Path PRICES =
      Path.of(System.getProperty("evotraders.shared.data"), "ohlcv", "yfinance-adjusted-2005-2025");

  @TempDir Path root;

  @Test
  void theLaunchOfACreatedRunRunsOnThePricesItsCreationChecked() throws IOException {
    Path folder = Files.createDirectories(root.resolve("prices"));
    for (String ticker : List.of("AAPL", "MSFT", "SPY")) {
      Files.copy(PRICES.resolve(ticker + ".csv"), folder.resolve(ticker + ".csv"));
    }
    RunLauncher launcher = new RunLauncher(root.resolve("data"), TeamRunFixture.OFFLINE);
    RunDirectory run = launcher.create(root.resolve("runs"), config(folder), "");
    for (String ticker : List.of("AAPL", "MSFT")) {
      // A second parse would now find no file, hence no prices; the benchmark was not checked.
      Files.delete(folder.resolve(ticker + ".csv"));
    }

    RunLauncher.Launched launched = launcher.launch(run, false, progress -> {});

    assertThat(launched.outcome().status()).isEqualTo("completed");
    List<Map<String, Double>> closes =
        EventLog.read(run.events()).stream()
            .map(RecordedEvent::event)
            .filter(DaySettled.class::isInstance)
            .map(settled -> ((DaySettled) settled).settlement().closes())
            .toList();
    // 2024-03-04..2024-03-08 holds five NYSE sessions, each settled at both tickers' closes.
    assertThat(closes).hasSize(5).allSatisfy(day -> assertThat(day).containsKeys("AAPL", "MSFT"));
  }

  private static RunConfig config(Path folder) {
    ModelSettings settings = ModelSettings.from(TeamRunFixture.OFFLINE);
    Map<String, RunConfig.AgentModel> models = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      ModelSpec spec = settings.specFor(role.id());
      models.put(role.id(), new RunConfig.AgentModel(spec.provider(), spec.name()));
    }
    return new RunConfig(
        "backtest",
        "csv:" + folder,
        List.of("AAPL", "MSFT"),
        LocalDate.of(2024, 3, 4),
        LocalDate.of(2024, 3, 8),
        100_000,
        0.25,
        new TradingCosts(0.005, 0, 0, 5),
        "next_open",
        "SPY",
        2,
        new RunConfig.Risk(0.20, 1.5),
        models,
        null,
        42,
        false);
  }
}
