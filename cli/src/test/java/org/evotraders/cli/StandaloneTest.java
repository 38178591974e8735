package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evotraders.gateway.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standalone mode end to end in one process: gateway, run control, runs and the dashboard. */
class StandaloneTest {

  @TempDir Path root;

  @Test
  void aConnectedClientGetsTheNewRunsInitialStateThenItsAgentsAndDays() {
    try (StandaloneFixture fixture = new StandaloneFixture(root, Duration.ZERO);
        DashboardClient client = new DashboardClient(fixture.standalone.port())) {
      await().atMost(Duration.ofSeconds(10)).until(() -> client.types().contains("initial_state"));
      assertThat(client.received.getFirst().path("state").path("status").asText())
          .isEqualTo("idle");

      String id =
          fixture
              .standalone
              .runs()
              .start(new RunRequest("mock", null, null, null, null, null, null));

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> client.types().stream().filter("day_complete"::equals).count() == 3);
      List<String> types = client.types();
      int switched = types.lastIndexOf("initial_state");
      assertThat(switched).isPositive();
      // The state covers the events the run had recorded when the client's turn came (none, or the
      // first few): the events sent after it continue from its seq, with no gap, and the client
      // learns the new run's id from run_started or, once that is covered, from the state.
      JsonNode state = client.received.get(switched);
      JsonNode next = client.received.get(switched + 1);
      long covered = state.path("seq").asLong();
      assertThat(next.path("seq").asLong()).isEqualTo(covered + 1);
      String announced =
          covered == 0 ? next.path("runId").asText() : state.path("state").path("run_id").asText();
      assertThat(announced).isEqualTo(id);
      List<String> run = types.subList(switched + 1, types.size());
      assertThat(run).contains("agent_message", "day_start", "team_summary");
      assertThat(run.indexOf("agent_message")).isLessThan(run.indexOf("day_complete"));
    }
  }

  @Test
  void servesTheWebAppsIndexAtTheRoot() throws IOException {
    InputStream index = getClass().getClassLoader().getResourceAsStream("web/index.html");
    assumeTrue(
        index != null,
        "the frontend jar on the classpath has no web/ (built with -Dfrontend.skip=true)");
    String expected = new String(index.readAllBytes(), StandardCharsets.UTF_8);
    try (StandaloneFixture fixture = new StandaloneFixture(root, Duration.ZERO)) {
      HttpResponse<String> page = fixture.raw("/");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
      assertThat(page.body()).isEqualTo(expected);
    }
  }
}
