package org.evotraders.pipeline.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.core.signals.Direction.DOWN;
import static org.evotraders.core.signals.Direction.NEUTRAL;
import static org.evotraders.core.signals.Direction.UP;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;
import org.evotraders.pipeline.report.LeaderboardEntry;
import org.junit.jupiter.api.Test;

/**
 * Analysts ranked by win rate, ties by id, the unscored last. One session: AAPL 100 → 110, MSFT 200
 * → 190, NVDA without prices.
 */
class LeaderboardRankingTest {

  @Test
  void analystsRankByWinRateThenIdWithTheUnscoredLast() {
    JsonNode leaderboard = TwoDayRun.project(oneScoredSession()).dashboard().leaderboard();

    List<String> order = new ArrayList<>();
    List<String> ranks = new ArrayList<>();
    leaderboard.forEach(
        entry -> {
          order.add(entry.get("agentId").asText());
          ranks.add(entry.get("rank").asText() + "@" + entry.get("winRate").asText());
        });
    assertThat(order)
        .containsExactly(
            "portfolio_manager",
            "risk_manager",
            "valuation_analyst",
            "sentiment_analyst",
            "technical_analyst",
            "fundamentals_analyst");
    assertThat(ranks)
        .containsExactly("null@null", "null@null", "1@1.0", "2@0.5", "3@0.5", "4@null");
    JsonNode valuation = leaderboard.get(2);
    assertThat(valuation.get("name").asText()).isEqualTo("valuation_analyst");
    assertThat(valuation.get("bull").toString()).isEqualTo("{\"n\":1,\"win\":0,\"unknown\":1}");
  }

  @Test
  void theReportAndThePortfolioManagerSeeTheSameScoresInRankOrder() {
    RunProjection projection = TwoDayRun.project(oneScoredSession());

    assertThat(projection.leaderboardEntries())
        .containsExactly(
            new LeaderboardEntry("valuation_analyst", "Analyst", 1, 1, 1.0, 1, 0, 1, 1),
            new LeaderboardEntry("sentiment_analyst", "Sentiment Analyst", 2, 1, 0.5, 2, 1, 0, 0),
            new LeaderboardEntry("technical_analyst", "Technical Analyst", 2, 1, 0.5, 0, 0, 2, 1),
            new LeaderboardEntry("fundamentals_analyst", "Analyst", 0, 0, Double.NaN, 0, 0, 0, 0));
    assertThat(projection.trackRecords())
        .containsExactly(
            Map.entry("valuation_analyst", new TrackRecord(1, 1)),
            Map.entry("sentiment_analyst", new TrackRecord(2, 1)),
            Map.entry("technical_analyst", new TrackRecord(2, 1)),
            Map.entry("fundamentals_analyst", new TrackRecord(0, 0)));
  }

  private static EventScript oneScoredSession() {
    return new EventScript()
        .start(false)
        .day(TwoDayRun.DAY1, 1, 1)
        // sentiment: AAPL UP right, MSFT UP wrong → 0.5
        .predict("sentiment_analyst", "AAPL", UP, "MSFT", UP)
        // technical: AAPL DOWN wrong, MSFT DOWN right → 0.5, after sentiment by id
        .predict("technical_analyst", "AAPL", DOWN, "MSFT", DOWN)
        // valuation (not on the roster): MSFT DOWN right, NVDA UP unknown → 1.0
        .predict("valuation_analyst", "MSFT", DOWN, "NVDA", UP)
        // fundamentals (not on the roster): only neutral → never scored
        .predict("fundamentals_analyst", "AAPL", NEUTRAL)
        .settle(
            100_000,
            Map.of(),
            Map.of("AAPL", 100.0, "MSFT", 200.0),
            Map.of("AAPL", 110.0, "MSFT", 190.0))
        .complete(1.0);
  }

  @Test
  void predictionsWaitForTheNextSettlement() {
    EventScript script =
        TwoDayRun.firstDay().day(TwoDayRun.DAY2, 2, 2).predict("technical_analyst", "AAPL", UP);

    JsonNode technical = TwoDayRun.project(script).dashboard().leaderboard().get(2);

    assertThat(technical.get("signals")).hasSize(2);
    assertThat(technical.get("bull").get("n").asInt()).isEqualTo(1);
  }
}
