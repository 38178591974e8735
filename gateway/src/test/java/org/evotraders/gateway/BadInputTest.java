package org.evotraders.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad requests are answered with an error on a connection that stays usable. */
class BadInputTest {

  @TempDir Path folder;

  @Test
  void eachBadRequestGetsItsErrorAndTheConnectionKeepsWorking() {
    try (GatewayFixture fixture = GatewayFixture.start(folder);
        WireClient client = fixture.connect()) {
      client.awaitFirst("initial_state");
      client.send("not json");
      client.send("[1, 2]");
      client.send("{\"type\":\"launch\"}");
      client.send("{\"type\":\"resume\"}");
      client.send("{\"type\":\"ping\",\"padding\":\"" + "x".repeat(70_000) + "\"}");
      client.send("{\"type\":\"start_backtest\",\"dates\":[\"2024-01-02\"]}");
      await().atMost(Duration.ofSeconds(5)).until(() -> client.ofType("error").size() == 6);

      assertThat(client.ofType("error"))
          .extracting(e -> e.get("code").asText())
          .containsExactly(
              "bad_json", "bad_request", "unknown_type", "bad_request", "too_large", "unavailable");
      assertThat(client.ofType("error").get(2).get("message").asText()).contains("'launch'");

      client.send("{\"type\":\"ping\"}");
      JsonNode pong = client.awaitFirst("pong");
      assertThat(pong.get("timestamp").asText()).isNotBlank();
      fixture.run.note("still streaming");
      client.awaitFirst("agent_message");
      assertThat(client.closeCode).isNull();
    }
  }

  @Test
  void startBacktestIsHandedToTheStarterTheGatewayWasGiven() {
    BacktestStarter starter =
        request ->
            request
                .objectNode()
                .put("run_id", "20240105_000000")
                .put("days", request.get("dates").size());
    try (GatewayFixture fixture =
            new GatewayFixture(folder, GatewayConfig.defaults().withBacktests(starter));
        WireClient client = fixture.connect()) {
      client.send("{\"type\":\"start_backtest\",\"dates\":[\"2024-01-02\",\"2024-01-03\"]}");
      JsonNode started = client.awaitFirst("backtest_started");
      assertThat(started.get("run_id").asText()).isEqualTo("20240105_000000");
      assertThat(started.get("days").asInt()).isEqualTo(2);
      client.send("{\"type\":\"get_state\"}");
      await().atMost(Duration.ofSeconds(5)).until(() -> client.ofType("initial_state").size() == 2);
      assertThat(client.received)
          .extracting(m -> m.get("type").asText())
          .containsExactly("initial_state", "backtest_started", "initial_state")
          .doesNotContainAnyElementsOf(List.of("error"));
    }
  }
}
