package org.evotraders.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that stops reading is dropped with a notice; the others receive everything. */
class SlowClientTest {

  private static final int EVENTS = 2_000;
  private static final int BURST = 100;

  @TempDir Path folder;

  @Test
  void aClientThatStopsReadingIsDroppedWhileAFastOneGetsEveryEvent() {
    GatewayConfig config =
        GatewayConfig.defaults().withQueueCapacity(200).withDropGrace(Duration.ofSeconds(10));
    CountDownLatch gate = new CountDownLatch(1);
    try (GatewayFixture fixture = new GatewayFixture(folder, config);
        WireClient fast = fixture.connect();
        WireClient stalled = WireClient.stalled(fixture.gateway.port(), gate)) {
      fast.awaitFirst("initial_state");
      await().atMost(Duration.ofSeconds(5)).until(() -> !stalled.received.isEmpty());
      String content = "z".repeat(8_000);

      // the run appends in bursts; the fast client keeps up with each, the stalled one reads none
      long appendNanos = 0;
      for (int burst = 0; burst < EVENTS / BURST; burst++) {
        long start = System.nanoTime();
        for (int i = 0; i < BURST; i++) {
          fixture.run.note(content);
        }
        appendNanos += System.nanoTime() - start;
        int expected = (burst + 1) * BURST;
        await()
            .atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(5))
            .until(() -> fast.eventSeqs().size() == expected);
      }
      long appendMillis = appendNanos / 1_000_000;

      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  fixture.get("/metrics").contains("evotraders_gateway_clients_dropped_total 1.0"));
      gate.countDown();
      stalled.awaitMessage(m -> m.path("type").asText().equals("client_lagging"));
      await().atMost(Duration.ofSeconds(5)).until(() -> stalled.closeCode != null);

      assertThat(appendMillis)
          .as("appending never waits for the stalled client")
          .isLessThan(10_000);
      assertThat(fast.eventSeqs()).hasSize(EVENTS).startsWith(1L).endsWith((long) EVENTS);
      var notice = stalled.ofType("client_lagging").getFirst();
      long resumeFrom = notice.get("resume_from").asLong();
      assertThat(resumeFrom).isLessThan(EVENTS);
      // every event up to resume_from was written to the socket, so resuming there leaves no gap
      assertThat(stalled.eventSeqs().getLast()).isGreaterThanOrEqualTo(resumeFrom);
      assertThat(stalled.closeCode).isEqualTo(1013);
      await().atMost(Duration.ofSeconds(5)).until(() -> fixture.gateway.clients() == 1);
    }
  }
}
