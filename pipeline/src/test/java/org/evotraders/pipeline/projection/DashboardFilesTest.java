package org.evotraders.pipeline.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.pipeline.projection.JsonAssert.assertJson;
import static org.evotraders.pipeline.projection.JsonAssert.read;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team_dashboard files of {@link TwoDayRun}, every figure worked out by hand there. Curve times
 * are 16:00 New York (21:00 UTC in January): 2024-01-01 1704142800000, 2024-01-02 1704229200000,
 * 2024-01-03 1704315600000.
 */
class DashboardFilesTest {

  private static final Instant SAVED = Instant.parse("2024-06-01T12:00:00Z");

  @TempDir Path runs;
  private RunDirectory run;

  @BeforeEach
  void writeTheTwoDayRun() {
    run = new RunDirectory("20240101_120000", runs.resolve("20240101_120000"));
    new ProjectionFiles(
            TwoDayRun.project(TwoDayRun.whole()), true, Clock.fixed(SAVED, ZoneOffset.UTC))
        .write(run);
  }

  @Test
  void summaryHoldsTheFiguresAndCurvesStartingTheDayBeforeWithInitialCash() {
    // NAV 101,627: return 1.627% → 1.63; AAPL weight 6,900 / 101,627 = 0.06790 → 0.0679.
    // SPY is missing on day 2, so the benchmark keeps its day-1 value.
    assertJson(
        read(run.dashboard().resolve("summary.json")),
        """
        {"totalAssetValue": 101627.0, "totalReturn": 1.63, "cashPosition": 94727.0,
         "marginUsed": 0.0, "tickerWeights": {"AAPL": 0.0679}, "totalTrades": 4,
         "pnlPct": 1.63, "balance": 101627.0,
         "equity": [{"t": 1704142800000, "v": 100000.0}, {"t": 1704229200000, "v": 101498.0},
                    {"t": 1704315600000, "v": 101627.0}],
         "baseline": [{"t": 1704142800000, "v": 100000.0}, {"t": 1704229200000, "v": 100500.0},
                      {"t": 1704315600000, "v": 101000.0}],
         "baseline_vw": [{"t": 1704142800000, "v": 100000.0}, {"t": 1704229200000, "v": 100200.0},
                         {"t": 1704315600000, "v": 100700.0}],
         "momentum": [{"t": 1704142800000, "v": 100000.0}, {"t": 1704229200000, "v": 99800.0},
                      {"t": 1704315600000, "v": 99900.0}],
         "benchmarkTicker": "SPY",
         "benchmark": [{"t": 1704142800000, "v": 100000.0}, {"t": 1704229200000, "v": 100100.0},
                       {"t": 1704315600000, "v": 100100.0}]}
        """);
  }

  @Test
  void holdingsListCashAndPositionsByLargestWeight() {
    // cash 94,727 / 101,627 = 0.93210 → 0.9321; 60 AAPL left at an average cost of 100.
    assertJson(
        read(run.dashboard().resolve("holdings.json")),
        """
        [{"ticker": "CASH", "quantity": 1, "avg": 94727.0, "currentPrice": 94727.0,
          "marketValue": 94727.0, "weight": 0.9321},
         {"ticker": "AAPL", "quantity": 60, "avg": 100.0, "currentPrice": 115.0,
          "marketValue": 6900.0, "weight": 0.0679}]
        """);
  }

  @Test
  void statsScoreTheTeamsPredictions() {
    // UP calls: tech AAPL d1 right, sentiment AAPL d2 right, tech NVDA d2 unknown → n 3, win 2.
    // DOWN calls: tech MSFT d1 right, sentiment AAPL d1 wrong, tech AAPL d2 wrong → n 3, win 1.
    // Evaluated 5 (the unknown one excluded), won 3 → 0.6.
    assertJson(
        read(run.dashboard().resolve("stats.json")),
        """
        {"totalAssetValue": 101627.0, "totalReturn": 1.63, "cashPosition": 94727.0,
         "marginUsed": 0.0, "tickerWeights": {"AAPL": 0.0679}, "totalTrades": 4,
         "winRate": 0.6, "bullBear": {"bull": {"n": 3, "win": 2}, "bear": {"n": 3, "win": 1}}}
        """);
  }

  @Test
  void tradesListNewestFirstWithTheOriginalsSideAndOurAction() {
    // Times: 14:30 UTC on the session plus one minute per sequence number (fills are seq 8, 9, 19,
    // 20). Ids number the fills within their session from 0.
    assertJson(
        read(run.dashboard().resolve("trades.json")),
        """
        [{"id": "t_20240103_MSFT_1", "timestamp": 1704293400000, "trading_date": "2024-01-03",
          "side": "LONG", "ticker": "MSFT", "qty": 50, "price": 195.0, "action": "COVER",
          "commission": 0.5},
         {"id": "t_20240103_AAPL_0", "timestamp": 1704293340000, "trading_date": "2024-01-03",
          "side": "SHORT", "ticker": "AAPL", "qty": 40, "price": 112.0, "action": "SELL",
          "commission": 0.5},
         {"id": "t_20240102_MSFT_1", "timestamp": 1704206340000, "trading_date": "2024-01-02",
          "side": "SHORT", "ticker": "MSFT", "qty": 50, "price": 200.0, "action": "SHORT",
          "commission": 1.0},
         {"id": "t_20240102_AAPL_0", "timestamp": 1704206280000, "trading_date": "2024-01-02",
          "side": "LONG", "ticker": "AAPL", "qty": 100, "price": 100.0, "action": "BUY",
          "commission": 1.0}]
        """);
  }

  @Test
  void leaderboardPutsTheManagersFirstThenRanksAnalystsByWinRate() {
    // Technical: right, right, wrong, unknown → 2 / 3 = 0.6667. Sentiment: wrong, right → 0.5.
    assertJson(
        read(run.dashboard().resolve("leaderboard.json")),
        """
        [{"agentId": "portfolio_manager", "name": "Portfolio Manager", "role": "Portfolio Manager",
          "avatar": "pm", "rank": null, "winRate": null,
          "bull": {"n": 0, "win": 0, "unknown": 0}, "bear": {"n": 0, "win": 0, "unknown": 0},
          "logs": [], "signals": [], "modelName": "gpt-4o", "modelProvider": "OPENAI"},
         {"agentId": "risk_manager", "name": "Risk Manager", "role": "Risk Manager",
          "avatar": "risk", "rank": null, "winRate": null,
          "bull": {"n": 0, "win": 0, "unknown": 0}, "bear": {"n": 0, "win": 0, "unknown": 0},
          "logs": [], "signals": [], "modelName": "gpt-4o", "modelProvider": "OPENAI"},
         {"agentId": "technical_analyst", "name": "Technical Analyst", "role": "Technical Analyst",
          "avatar": "technical", "rank": 1, "winRate": 0.6667,
          "bull": {"n": 2, "win": 1, "unknown": 1}, "bear": {"n": 2, "win": 1, "unknown": 0},
          "logs": [],
          "signals": [
            {"ticker": "AAPL", "signal": "bull", "date": "2024-01-02", "is_correct": true},
            {"ticker": "MSFT", "signal": "bear", "date": "2024-01-02", "is_correct": true},
            {"ticker": "AAPL", "signal": "bear", "date": "2024-01-03", "is_correct": false},
            {"ticker": "NVDA", "signal": "bull", "date": "2024-01-03", "is_correct": "unknown"}],
          "modelName": "qwen3", "modelProvider": "OLLAMA"},
         {"agentId": "sentiment_analyst", "name": "Sentiment Analyst", "role": "Sentiment Analyst",
          "avatar": "sentiment", "rank": 2, "winRate": 0.5,
          "bull": {"n": 1, "win": 1, "unknown": 0}, "bear": {"n": 1, "win": 0, "unknown": 0},
          "logs": [],
          "signals": [
            {"ticker": "AAPL", "signal": "bear", "date": "2024-01-02", "is_correct": false},
            {"ticker": "MSFT", "signal": "neutral", "date": "2024-01-02", "is_correct": null},
            {"ticker": "AAPL", "signal": "bull", "date": "2024-01-03", "is_correct": true}],
          "modelName": "claude", "modelProvider": "ANTHROPIC"}]
        """);
  }

  @Test
  void afterTheFirstDayAShortShowsAsNegativeQuantityAndWeight() {
    // Day 1: NAV 101,498; cash 97,498 → 0.9606; AAPL 11,000 → 0.1084; MSFT −9,500 → −0.0936.
    DashboardDocuments dashboard = TwoDayRun.project(TwoDayRun.firstDay()).dashboard();
    assertJson(
        dashboard.holdings(),
        """
        [{"ticker": "CASH", "quantity": 1, "avg": 97498.0, "currentPrice": 97498.0,
          "marketValue": 97498.0, "weight": 0.9606},
         {"ticker": "AAPL", "quantity": 100, "avg": 100.0, "currentPrice": 110.0,
          "marketValue": 11000.0, "weight": 0.1084},
         {"ticker": "MSFT", "quantity": -50, "avg": 200.0, "currentPrice": 190.0,
          "marketValue": -9500.0, "weight": -0.0936}]
        """);
    assertThat(dashboard.summary().get("marginUsed").asDouble()).isEqualTo(2500.0);
    assertThat(dashboard.summary().get("totalReturn").asDouble()).isEqualTo(1.5);
  }
}
