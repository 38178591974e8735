package org.evotraders.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.evotraders.core.event.RunBudget;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.PortfolioMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live run's intraday marks reach clients as the original's intraday team_summary: the session's
 * return curves in percent since the run's start, with the marked NAV; a new client finds the
 * curves in initial_state's portfolio and no mark in feed_history.
 */
class IntradaySummaryTest {

  private static final LocalDate DAY = LocalDate.of(2024, 12, 2);
  private static final Instant OPEN = Instant.parse("2024-12-02T14:30:00Z");

  @TempDir Path folder;

  @Test
  void eachMarkSendsTheSessionsReturnCurvesAndTheMarkedNav() {
    try (GatewayFixture fixture = GatewayFixture.start(folder);
        WireClient client = fixture.connect()) {
      client.awaitFirst("initial_state");
      startLiveDay(fixture.run);
      // on 100,000: NAV 100,250 is +0.25%; equal weight +0.5%, value-weighted -0.2%, momentum 0%
      mark(fixture.run, OPEN.plusSeconds(60), 100_250, 100_500, 99_800, 100_000);
      // the same minute: replaces that point
      mark(fixture.run, OPEN.plusSeconds(90), 100_300, 100_600, 99_700, 100_000);
      mark(fixture.run, OPEN.plusSeconds(120), 99_950, 100_400, 99_900, 100_050);

      client.awaitMessage(
          m -> m.get("type").asText().equals("team_summary") && m.get("balance").asDouble() < 1e5);
      List<JsonNode> summaries = client.ofType("team_summary");
      assertThat(summaries).hasSize(3);
      JsonNode last = summaries.get(2);
      assertThat(last.get("balance").asDouble()).isEqualTo(99_950.0);
      assertThat(last.get("pnlPct").asDouble()).isEqualTo(-0.05);
      assertThat(last.has("date")).isFalse();
      assertThat(last.get("timestamp").asText()).isEqualTo("2024-12-02T14:32:00Z");
      assertThat(points(last.get("equity_return")))
          .containsExactly("1733149890000=0.3", "1733149920000=-0.05");
      assertThat(points(last.get("baseline_return")))
          .containsExactly("1733149890000=0.6", "1733149920000=0.4");
      assertThat(points(last.get("baseline_vw_return")))
          .containsExactly("1733149890000=-0.3", "1733149920000=-0.1");
      assertThat(points(last.get("momentum_return")))
          .containsExactly("1733149890000=0.0", "1733149920000=0.05");
      // the mark itself, as our portfolio_marked, with the same seq
      JsonNode marked = client.ofType("portfolio_marked").getLast();
      assertThat(marked.get("nav").asDouble()).isEqualTo(99_950.0);
      assertThat(marked.at("/baselines/SPY").asDouble()).isEqualTo(100_020.0);
      assertThat(marked.get("seq").asLong()).isEqualTo(last.get("seq").asLong());
    }
  }

  @Test
  void aNewClientFindsTheCurvesInItsPortfolioAndNoMarkInTheFeed() {
    try (GatewayFixture fixture = GatewayFixture.start(folder)) {
      startLiveDay(fixture.run);
      mark(fixture.run, OPEN.plusSeconds(60), 100_250, 100_500, 99_800, 100_000);
      try (WireClient client = fixture.connect()) {
        JsonNode state = client.awaitFirst("initial_state").get("state");
        assertThat(points(state.at("/portfolio/equity_return")))
            .containsExactly("1733149860000=0.25");
        assertThat(points(state.at("/portfolio/baseline_vw_return")))
            .containsExactly("1733149860000=-0.2");
        assertThat(state.get("feed_history").findValuesAsText("type"))
            .doesNotContain("team_summary", "portfolio_marked");
      }
    }
  }

  private static void startLiveDay(HandBuiltRun run) {
    run.append(
        OPEN.minusSeconds(3600),
        null,
        new RunEvent.RunStarted(
            "20241202_083000",
            "live",
            List.of("AAPL", "MSFT"),
            DAY,
            null,
            100_000,
            List.of(),
            new RunBudget(null, null),
            false));
    run.append(OPEN.minusSeconds(1800), DAY, new RunEvent.DayStarted(DAY, 0, 1, 0.0));
  }

  private static void mark(
      HandBuiltRun run,
      Instant at,
      double nav,
      double equalWeight,
      double valueWeighted,
      double momentum) {
    run.append(
        at,
        DAY,
        new PortfolioMarked(
            nav,
            Map.of(
                "equal_weight",
                equalWeight,
                "value_weighted",
                valueWeighted,
                "momentum",
                momentum,
                "SPY",
                100_020.0)));
  }

  /** Returns a curve's points as "t=v". */
  private static List<String> points(JsonNode curve) {
    return StreamSupport.stream(curve.spliterator(), false)
        .map(p -> p.get("t").asLong() + "=" + p.get("v").asDouble())
        .toList();
  }
}
