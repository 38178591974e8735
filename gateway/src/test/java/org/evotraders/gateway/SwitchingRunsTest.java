package org.evotraders.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evotraders.gateway.feed.SwitchableFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gateway that outlives runs: idle first, then each run it is switched to, seqs per run. */
class SwitchingRunsTest {

  @TempDir Path folder;

  @Test
  void clientsGetEachNewRunsInitialStateThenOnlyThatRunsEvents() {
    SwitchableFeed feed = new SwitchableFeed(100_000);
    try (Gateway gateway =
            Gateway.start(GatewayConfig.defaults().withAddress("127.0.0.1", 0), feed);
        WireClient client = WireClient.connect(gateway.port());
        HandBuiltRun first = new HandBuiltRun(folder.resolve("a"));
        HandBuiltRun second = new HandBuiltRun(folder.resolve("b"))) {
      assertThat(client.awaitFirst("initial_state").path("state").path("status").asText())
          .isEqualTo("idle");

      // each run appends once the client has its state, so every state has seq 0
      feed.switchTo(first.feed);
      await().atMost(Duration.ofSeconds(5)).until(() -> client.ofType("initial_state").size() == 2);
      first.oneDay();
      client.awaitFirst("day_complete");
      feed.switchTo(second.feed);
      await().atMost(Duration.ofSeconds(5)).until(() -> client.ofType("initial_state").size() == 3);
      first.note("from the run switched away from");
      second.note("from the current run");

      client.awaitMessage(m -> "from the current run".equals(m.path("content").asText()));
      List<JsonNode> states = client.ofType("initial_state");
      assertThat(states).hasSize(3);
      assertThat(states).allSatisfy(s -> assertThat(s.path("seq").asLong()).isZero());
      int secondState = client.received.indexOf(states.get(2));
      List<JsonNode> afterSwitch = client.received.subList(secondState + 1, client.received.size());
      // the second run's first event has seq 1 again; nothing of the first run follows the switch
      assertThat(afterSwitch)
          .extracting(m -> m.path("content").asText() + "@" + m.path("seq").asLong())
          .containsExactly("from the current run@1");
    }
  }

  @Test
  void aResumeFromAnotherRunStartsAfreshWithTheCurrentRunsState() {
    SwitchableFeed feed = new SwitchableFeed(100_000);
    try (Gateway gateway =
            Gateway.start(GatewayConfig.defaults().withAddress("127.0.0.1", 0), feed);
        HandBuiltRun run = new HandBuiltRun(folder)) {
      feed.switchTo(run.feed);
      run.oneDay();
      try (WireClient pastTheEnd = WireClient.connect(gateway.port(), "/?last_seq=999");
          WireClient otherRun =
              WireClient.connect(gateway.port(), "/?last_seq=3&run_id=20231229_000000");
          WireClient sameRun =
              WireClient.connect(gateway.port(), "/?last_seq=24&run_id=20240102_000000")) {
        assertThat(pastTheEnd.awaitFirst("initial_state").path("seq").asLong()).isEqualTo(25);
        assertThat(otherRun.awaitFirst("initial_state").path("seq").asLong()).isEqualTo(25);
        sameRun.awaitFirst("run_finished");
        assertThat(sameRun.ofType("initial_state")).isEmpty();
        assertThat(sameRun.eventSeqs()).containsExactly(25L);
      }
    }
  }

  @Test
  void theRootSaysTheWebAppWasNotBuiltWhenItIsNotOnTheClasspath()
      throws IOException, InterruptedException {
    try (Gateway gateway =
        Gateway.start(
            GatewayConfig.defaults().withAddress("127.0.0.1", 0), new SwitchableFeed(100_000))) {
      HttpResponse<String> root =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(root.statusCode()).isEqualTo(200);
      assertThat(root.body()).contains("web app was not built");
    }
  }
}
