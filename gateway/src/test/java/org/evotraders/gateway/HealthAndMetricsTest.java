package org.evotraders.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.evotraders.pipeline.runs.EventCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /health answers the run's position; GET /metrics the gateway's figures. */
class HealthAndMetricsTest {

  @TempDir Path folder;

  @Test
  void healthNamesTheRunItsLastSeqAndClients() throws Exception {
    try (GatewayFixture fixture = GatewayFixture.start(folder);
        WireClient client = fixture.connect()) {
      client.awaitFirst("initial_state");
      fixture.run.oneDay();
      client.awaitFirst("run_finished");
      JsonNode health = EventCodec.JSON.readTree(fixture.get("/health"));
      assertThat(health.get("status").asText()).isEqualTo("ok");
      assertThat(health.get("run_id").asText()).isEqualTo("20240102_000000");
      assertThat(health.get("last_seq").asLong()).isEqualTo(25);
      assertThat(health.get("clients").asInt()).isEqualTo(1);
    }
  }

  @Test
  void metricsCountClientsEventsModelUsageAndProgressInPrometheusText() {
    try (GatewayFixture fixture = GatewayFixture.start(folder);
        WireClient client = fixture.connect()) {
      client.awaitFirst("initial_state");
      fixture.run.oneDay();
      client.awaitFirst("run_finished");
      String metrics = fixture.get("/metrics");
      assertThat(metrics)
          .contains("# TYPE evotraders_gateway_clients gauge")
          .contains("evotraders_gateway_clients 1.0")
          .contains("evotraders_gateway_events_total 25.0")
          .contains("evotraders_gateway_last_seq 25.0")
          .contains("evotraders_gateway_queue_depth_max ")
          .contains("evotraders_gateway_queue_depth_total ")
          .contains("evotraders_run_day_progress 1.0")
          // one model_usage event: 1,200 input and 300 output tokens
          .contains("evotraders_model_calls_total 1.0")
          .contains("evotraders_model_tokens_total{direction=\"input\"} 1200.0")
          .contains("evotraders_model_tokens_total{direction=\"output\"} 300.0");
    }
  }
}
