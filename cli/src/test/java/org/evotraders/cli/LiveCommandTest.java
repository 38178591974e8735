package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live paper trading is refused before anything starts when it cannot poll quotes. */
class LiveCommandTest {

  @TempDir Path root;

  @Test
  void liveTradingWithoutAFinnhubKeyIsRefusedNamingTheVariable() {
    CliCall call = CliCall.run(TeamRunFixture.OFFLINE, "live", "--port", "0", "--data", "cache");

    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err()).contains("FINNHUB_API_KEY");
  }

  @Test
  void liveTradingOnFinancialdatasetsWithoutItsKeyIsRefusedNamingItsVariable() {
    CliCall call =
        CliCall.run(
            Map.of("FINNHUB_API_KEY", "test-key"),
            "live",
            "--port",
            "0",
            "--data",
            "financialdatasets");

    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err())
        .contains("polls financialdatasets.ai quotes: set FINANCIAL_DATASETS_API_KEY");
  }

  @Test
  void liveModeDecidesOnProviderDataNotTheSyntheticMarket() {
    CliCall call =
        CliCall.run(
            Map.of("FINNHUB_API_KEY", "test-key"),
            "standalone",
            "--mode",
            "live",
            "--port",
            "0",
            "--runs-dir",
            root.resolve("runs").toString(),
            "--data-dir",
            root.resolve("data").toString());

    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err()).contains("--data financialdatasets");
  }

  @Test
  void anUnreadableDecisionTimeIsRefused() {
    CliCall call =
        CliCall.run(
            TeamRunFixture.OFFLINE,
            "standalone",
            "--mode",
            "mock",
            "--session-seconds",
            "5",
            "--time",
            "25:99",
            "--port",
            "0",
            "--runs-dir",
            root.resolve("runs").toString());

    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err()).contains("25:99");
  }
}
