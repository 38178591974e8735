package org.evotraders.pipeline.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.pipeline.projection.JsonAssert.assertJson;
import static org.evotraders.pipeline.projection.JsonAssert.normalized;
import static org.evotraders.pipeline.projection.JsonAssert.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state files and the WebSocket's initial state of {@link TwoDayRun}. */
class StateFilesTest {

  private static final Instant SAVED = Instant.parse("2024-06-01T12:00:00Z");

  @TempDir Path runs;

  private RunDirectory write(RunProjection projection, boolean dashboardExports) {
    RunDirectory run = new RunDirectory("20240101_120000", runs.resolve("20240101_120000"));
    new ProjectionFiles(projection, dashboardExports, Clock.fixed(SAVED, ZoneOffset.UTC))
        .write(run);
    return run;
  }

  @Test
  void runtimeStateSaysWhereTheRunStands() {
    // Run-clock times: 14:30 UTC on the session (2024-01-01 before the first day) + seq minutes.
    RunDirectory run = write(TwoDayRun.project(TwoDayRun.whole()), true);
    assertJson(
        read(run.runtimeState()),
        """
        {"run_id": "20240101_120000", "status": "completed", "mode": "backtest", "last_seq": 23,
         "current_date": "2024-01-03", "day_index": 2, "total_days": 2,
         "trading_days_completed": 2, "tickers": ["AAPL", "MSFT"], "start": "2024-01-02",
         "end": "2024-01-03", "started_at": "2024-01-01T14:31:00Z", "resumed_at": null,
         "updated_at": "2024-01-03T14:53:00Z", "finish_reason": "end date reached"}
        """);
  }

  @Test
  void serverStateCarriesTheOriginalsFields() {
    RunDirectory run = write(TwoDayRun.project(TwoDayRun.whole()), true);
    JsonNode state = read(run.serverState());

    assertThat(state.properties().stream().map(Map.Entry::getKey).toList())
        .containsExactlyInAnyOrder(
            "status",
            "current_date",
            "portfolio",
            "holdings",
            "trades",
            "stats",
            "leaderboard",
            "realtime_prices",
            "feed_history",
            "last_day_history",
            "trading_days_total",
            "trading_days_completed",
            "server_mode",
            "is_backtest",
            "is_mock_mode",
            "system_started",
            "last_saved");
    assertThat(state.get("status").asText()).isEqualTo("completed");
    assertThat(state.get("server_mode").asText()).isEqualTo("backtest");
    assertThat(state.get("is_backtest").asBoolean()).isTrue();
    assertThat(state.get("is_mock_mode").asBoolean()).isFalse();
    assertThat(state.get("trading_days_total").asInt()).isEqualTo(2);
    assertThat(state.get("trading_days_completed").asInt()).isEqualTo(2);
    assertThat(state.get("system_started").asText()).isEqualTo("2024-01-01T14:31:00Z");
    assertThat(state.get("last_saved").asText()).isEqualTo("2024-06-01T12:00:00Z");
    for (String document : List.of("holdings", "trades", "stats", "leaderboard")) {
      assertThat(normalized(state.get(document)))
          .as(document)
          .isEqualTo(normalized(read(run.dashboard().resolve(document + ".json"))));
    }
    ObjectNode portfolio = state.get("portfolio").deepCopy();
    JsonNode summary = read(run.dashboard().resolve("summary.json"));
    for (String curve : List.of("equity", "baseline", "baseline_vw", "momentum", "benchmark")) {
      assertThat(portfolio.remove(curve)).as(curve).isEqualTo(summary.get(curve));
    }
    assertJson(
        portfolio,
        """
        {"total_value": 101627.0, "cash": 94727.0, "pnl_percent": 1.63, "margin_used": 0.0,
         "benchmarkTicker": "SPY", "strategies": []}
        """);
  }

  @Test
  void realtimePricesEndAtTheLastSettlementsCloses() {
    // AAPL was quoted on day 2 (open 112, previous close 110), then closed at 115: ret
    // 115/112 − 1 = 2.6786%. MSFT had no day-2 quote: its day-1 close 190 becomes the previous
    // close, and the session runs 195 → 193: ret −1.0256%. Settled at seq 21: 1704293460000.
    JsonNode state = TwoDayRun.project(TwoDayRun.whole()).initialStateJson();
    assertJson(
        state.get("realtime_prices"),
        """
        {"AAPL": {"symbol": "AAPL", "price": 115.0, "open": 112.0, "high": 115.0, "low": 112.0,
                  "previous_close": 110.0, "ret": 2.6786, "timestamp": 1704293460000},
         "MSFT": {"symbol": "MSFT", "price": 193.0, "open": 195.0, "high": 195.0, "low": 193.0,
                  "previous_close": 190.0, "ret": -1.0256, "timestamp": 1704293460000}}
        """);
  }

  @Test
  void initialStateNamesTheRunOnceItsStartIsCovered() {
    JsonNode idle = new RunProjection(EventScript.INITIAL_CASH, 0.25).initialStateJson();
    assertThat(idle.get("run_id").isNull()).isTrue();
    assertThat(TwoDayRun.project(TwoDayRun.whole()).initialStateJson().get("run_id").asText())
        .isEqualTo("20240101_120000");
  }

  @Test
  void feedKeepsThePersistedTypesNewestFirstAndTheLastDayInOrder() {
    JsonNode state = TwoDayRun.project(TwoDayRun.whole()).initialStateJson();

    assertThat(seqs(state.get("feed_history")))
        .containsExactly(23L, 22L, 21L, 16L, 15L, 14L, 12L, 11L, 10L, 5L, 2L, 1L);
    assertThat(seqs(state.get("last_day_history"))).containsExactly(12L, 14L, 15L, 16L, 21L, 22L);
    assertJson(
        state.get("feed_history").get(2),
        """
        {"type": "team_summary", "date": "2024-01-03", "balance": 101627.0, "pnlPct": 1.63,
         "baselines": {"equal_weight": 101000.0, "momentum": 99900.0, "value_weighted": 100700.0},
         "ts": 1704293460000, "timestamp": "2024-01-03T14:51:00Z", "seq": 21}
        """);
    assertJson(
        state.get("feed_history").get(4),
        """
        {"type": "conference_message", "agentId": "portfolio_manager",
         "content": "Let us discuss AAPL", "cycle": 1, "ts": 1704293100000,
         "timestamp": "2024-01-03T14:45:00Z", "seq": 15}
        """);
    assertJson(
        state.get("feed_history").get(0),
        """
        {"type": "system", "content": "Run finished: completed (end date reached)",
         "ts": 1704293580000, "timestamp": "2024-01-03T14:53:00Z", "seq": 23}
        """);
  }

  @Test
  void initialStateHoldsTheDashboardAsTheFilesDo() {
    RunProjection projection = TwoDayRun.project(TwoDayRun.whole());
    RunDirectory run = write(projection, true);
    JsonNode state = projection.initialStateJson();

    for (String document : List.of("summary", "holdings", "stats", "trades", "leaderboard")) {
      assertThat(normalized(state.get("dashboard").get(document)))
          .as(document)
          .isEqualTo(normalized(read(run.dashboard().resolve(document + ".json"))));
    }
    assertThat(state.get("holdings")).isEqualTo(state.get("dashboard").get("holdings"));
    assertThat(state.get("portfolio").get("total_value").asDouble()).isEqualTo(101627.0);
    assertThat(state.get("status").asText()).isEqualTo("completed");
    assertThat(state.get("current_date").asText()).isEqualTo("2024-01-03");
    assertJson(
        state.get("market_status"),
        """
        {"status": "closed", "status_text": "Backtest: simulated sessions",
         "is_trading_day": false, "current_time": "2024-01-03T14:53:00Z"}
        """);
  }

  @Test
  void theDaysFillsShowBeforeTheDayCompletes() {
    // Day 1 up to the short (seq 9), before the settlement: marked at the opening quotes,
    // NAV = 97,498 + 2,500 + 100·100 − 50·200 = 100,000 less the two fees = 99,998.
    EventScript script = TwoDayRun.firstDay();
    RunProjection projection = new RunProjection(EventScript.INITIAL_CASH, 0.25);
    script.events().subList(0, 9).forEach(projection::apply);

    DashboardDocuments dashboard = projection.dashboard();
    assertThat(dashboard.summary().get("totalAssetValue").asDouble()).isEqualTo(99_998.0);
    assertThat(dashboard.trades()).hasSize(2);
    assertThat(dashboard.summary().get("equity")).isEmpty();
    assertThat(projection.initialStateJson().get("last_day_history")).isEmpty();
  }

  @Test
  void dashboardExportsAreSkippedWhenSwitchedOff() {
    RunDirectory run = write(TwoDayRun.project(TwoDayRun.whole()), false);

    assertThat(run.dashboard()).doesNotExist();
    assertThat(run.serverState()).exists();
    assertThat(run.runtimeState()).exists();
  }

  @Test
  void theEnvironmentSwitchesExportsOffOnlyWhenSetToFalse() {
    assertThat(ProjectionFiles.dashboardExportsEnabled(Map.of())).isTrue();
    assertThat(
            ProjectionFiles.dashboardExportsEnabled(
                Map.of("ENABLE_DASHBOARD_COMPAT_EXPORTS", "true")))
        .isTrue();
    assertThat(
            ProjectionFiles.dashboardExportsEnabled(
                Map.of("ENABLE_DASHBOARD_COMPAT_EXPORTS", "false")))
        .isFalse();
    assertThat(
            ProjectionFiles.dashboardExportsEnabled(
                Map.of("ENABLE_DASHBOARD_COMPAT_EXPORTS", " FALSE ")))
        .isFalse();
  }

  @Test
  void filesAreReplacedWholeOnEachWrite() throws Exception {
    RunProjection projection = TwoDayRun.project(TwoDayRun.firstDay());
    RunDirectory run = write(projection, true);
    TwoDayRun.secondDay(new EventScript(12)).events().forEach(projection::apply);
    write(projection, true);

    assertThat(read(run.dashboard().resolve("trades.json"))).hasSize(4);
    try (var files = Files.list(run.dashboard())) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "summary.json", "holdings.json", "stats.json", "trades.json", "leaderboard.json");
    }
  }

  private static List<Long> seqs(JsonNode entries) {
    List<Long> seqs = new ArrayList<>();
    entries.forEach(entry -> seqs.add(entry.get("seq").asLong()));
    return seqs;
  }
}
