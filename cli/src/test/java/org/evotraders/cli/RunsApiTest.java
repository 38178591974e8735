package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API the dashboard controls runs with, over real HTTP against a standalone. */
class RunsApiTest {

  private static final Duration RUN_TIME = Duration.ofSeconds(30);

  private static final String THREE_DAYS =
      """
      {"mode":"mock","tickers":["AAPL","MSFT"],"start":"2024-01-02","end":"2024-01-04",
       "cash":50000}""";

  @TempDir Path root;

  @Test
  void startsAMockRunThatCompletesAndIsListedWithItsCurvesAndMetrics() {
    try (StandaloneFixture fixture = new StandaloneFixture(root, Duration.ZERO)) {
      assertThat(fixture.get("/api/runs").body()).isEmpty();

      StandaloneFixture.Answer started = fixture.post("/api/runs", THREE_DAYS);

      assertThat(started.status()).isEqualTo(201);
      String id = started.body().path("id").asText();
      await()
          .atMost(RUN_TIME)
          .until(() -> "completed".equals(fixture.listing(id).path("status").asText()));
      JsonNode row = fixture.listing(id);
      assertThat(row.path("mode").asText()).isEqualTo("mock");
      assertThat(row.path("start").asText()).isEqualTo("2024-01-02");
      assertThat(row.path("end").asText()).isEqualTo("2024-01-04");
      assertThat(row.path("tickers")).extracting(JsonNode::asText).containsExactly("AAPL", "MSFT");
      assertThat(row.path("finalReturnPct").isNumber()).isTrue();
      assertThat(row.path("startedAt").asText()).isNotBlank();

      StandaloneFixture.Answer equity = fixture.get("/api/runs/" + id + "/equity");
      assertThat(equity.status()).isEqualTo(200);
      assertThat(equity.body().path("id").asText()).isEqualTo(id);
      JsonNode curve = equity.body().path("curves").path("equity");
      // one point per settled session: 2, 3 and 4 January 2024, starting from the cash given
      assertThat(curve.size()).isGreaterThanOrEqualTo(3);
      assertThat(curve.get(0).path("t").isNumber()).isTrue();
      double first = curve.get(0).path("v").asDouble();
      double last = curve.get(curve.size() - 1).path("v").asDouble();
      JsonNode metrics = equity.body().path("metrics");
      assertThat(metrics.path("totalReturnPct").asDouble())
          .isCloseTo((last / first - 1) * 100, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(metrics.has("sharpe")).isTrue();
      assertThat(metrics.has("maxDrawdownPct")).isTrue();
      assertThat(metrics.path("costUsd").asDouble()).isZero();
      // the 95% bootstrap intervals bracket the point estimates
      if (metrics.path("sharpeCiLow").isNumber()) {
        assertThat(metrics.path("sharpeCiLow").asDouble())
            .isLessThanOrEqualTo(metrics.path("sharpeCiHigh").asDouble());
      }
      assertThat(metrics.path("annualisedReturnCiLowPct").asDouble())
          .isLessThanOrEqualTo(metrics.path("annualisedReturnPct").asDouble())
          .isLessThanOrEqualTo(metrics.path("annualisedReturnCiHighPct").asDouble());
    }
  }

  @Test
  void stopsARunningRunAtADayBoundaryAndRefusesASecondRunMeanwhile() {
    // a second per mock day, so the run is still going when the requests arrive
    try (StandaloneFixture fixture = new StandaloneFixture(root, Duration.ofSeconds(1))) {
      String id =
          fixture
              .post(
                  "/api/runs",
                  """
                  {"mode":"mock","tickers":["AAPL"],"start":"2024-01-02","end":"2024-03-28"}""")
              .body()
              .path("id")
              .asText();
      await().atMost(RUN_TIME).until(() -> fixture.listing(id) != null);
      assertThat(fixture.listing(id).path("status").asText()).isEqualTo("running");

      StandaloneFixture.Answer second = fixture.post("/api/runs", THREE_DAYS);
      assertThat(second.status()).isEqualTo(409);
      assertThat(second.body().path("error").asText()).contains(id, "stop");

      StandaloneFixture.Answer stop = fixture.post("/api/runs/" + id + "/stop", "");
      assertThat(stop.status()).isEqualTo(202);
      assertThat(stop.body().path("status").asText()).isEqualTo("stopping");
      await()
          .atMost(RUN_TIME)
          .until(() -> "stopped".equals(fixture.listing(id).path("status").asText()));

      StandaloneFixture.Answer again = fixture.post("/api/runs/" + id + "/stop", "");
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.body().path("error").asText()).contains("not running");
    }
  }

  @Test
  void replaysAFinishedRunToConnectedClientsAsANewRun() {
    try (StandaloneFixture fixture = new StandaloneFixture(root, Duration.ZERO)) {
      String id = fixture.post("/api/runs", THREE_DAYS).body().path("id").asText();
      await()
          .atMost(RUN_TIME)
          .until(() -> "completed".equals(fixture.listing(id).path("status").asText()));
      try (DashboardClient client = new DashboardClient(fixture.standalone.port())) {
        await().atMost(RUN_TIME).until(() -> client.types().contains("initial_state"));
        int before = client.received.size();

        StandaloneFixture.Answer replay =
            fixture.post("/api/replay", "{\"id\":\"" + id + "\",\"speed\":0}");

        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.body().path("id").asText()).isEqualTo(id);
        await()
            .atMost(RUN_TIME)
            .until(
                () -> {
                  List<JsonNode> after =
                      new ArrayList<>(client.received.subList(before, client.received.size()));
                  return after.stream()
                      .anyMatch(m -> m.path("type").asText().equals("run_finished"));
                });
        List<JsonNode> after = client.received.subList(before, client.received.size());
        assertThat(after.getFirst().path("type").asText()).isEqualTo("initial_state");
        assertThat(after.getFirst().path("seq").asLong()).isZero();
        assertThat(after)
            .filteredOn(m -> m.path("type").asText().equals("run_started"))
            .singleElement()
            .satisfies(m -> assertThat(m.path("runId").asText()).isEqualTo(id));
      }
    }
  }

  @Test
  void answersBadRequestsWithAStatusAndAnErrorSayingWhatToDo() {
    try (StandaloneFixture fixture = new StandaloneFixture(root, Duration.ZERO)) {
      StandaloneFixture.Answer notJson = fixture.post("/api/runs", "{mode: mock");
      assertThat(notJson.status()).isEqualTo(400);
      assertThat(notJson.body().path("error").asText()).contains("not JSON");

      StandaloneFixture.Answer live =
          fixture.post("/api/runs", "{\"mode\":\"live\",\"tickers\":[\"AAPL\"]}");
      assertThat(live.status()).isEqualTo(400);
      assertThat(live.body().path("error").asText()).contains("mock or backtest");

      StandaloneFixture.Answer backwards =
          fixture.post(
              "/api/runs", "{\"mode\":\"mock\",\"start\":\"2024-02-01\",\"end\":\"2024-01-02\"}");
      assertThat(backwards.status()).isEqualTo(400);
      assertThat(backwards.body().path("error").asText()).contains("before start");

      StandaloneFixture.Answer noKey =
          fixture.post(
              "/api/runs",
              "{\"mode\":\"mock\",\"models\":{\"default\":{\"provider\":\"openai\",\"model\":\"gpt-4o-mini\"}}}");
      assertThat(noKey.status()).isEqualTo(400);
      assertThat(noKey.body().path("error").asText()).contains("OPENAI_API_KEY");

      StandaloneFixture.Answer unknownAgent =
          fixture.post(
              "/api/runs", "{\"mode\":\"mock\",\"models\":{\"chef\":{\"provider\":\"offline\"}}}");
      assertThat(unknownAgent.status()).isEqualTo(400);
      assertThat(unknownAgent.body().path("error").asText()).contains("chef", "risk_manager");

      assertThat(fixture.post("/api/runs/20200101_000000/stop", "").status()).isEqualTo(404);
      StandaloneFixture.Answer noRun = fixture.get("/api/runs/20200101_000000/equity");
      assertThat(noRun.status()).isEqualTo(404);
      assertThat(noRun.body().path("error").asText()).contains("20200101_000000", "GET /api/runs");

      StandaloneFixture.Answer replayNothing = fixture.post("/api/replay", "{\"speed\":1}");
      assertThat(replayNothing.status()).isEqualTo(400);
      assertThat(replayNothing.body().path("error").asText()).contains("id");
    }
  }
}
