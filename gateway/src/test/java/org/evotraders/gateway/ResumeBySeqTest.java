package org.evotraders.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that reconnects with the last seq it saw gets every later event once, in order. */
class ResumeBySeqTest {

  @TempDir Path folder;

  @Test
  void resumingAfterASeqSendsEveryLaterEventOnceAcrossLiveAppends() throws Exception {
    try (GatewayFixture fixture = GatewayFixture.start(folder)) {
      fixture.run.oneDay();
      Thread appender =
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < 300; i++) {
                      fixture.run.note("note " + i);
                    }
                  });
      try (WireClient client = WireClient.connect(fixture.gateway.port(), "/?last_seq=10")) {
        appender.join();
        await().atMost(Duration.ofSeconds(5)).until(() -> lastSeq(client) == 325);
        fixture.run.note("after the catch-up");
        await().atMost(Duration.ofSeconds(5)).until(() -> lastSeq(client) == 326);

        assertThat(client.ofType("initial_state")).isEmpty();
        assertThat(client.eventSeqs()).containsExactlyElementsOf(range(11, 326));
        assertNoMessageTwice(client);
      }
    }
  }

  @Test
  void eventsOlderThanTheRingAreReadBackFromTheLogWithTheSameMessages() {
    try (GatewayFixture fixture =
            new GatewayFixture(new HandBuiltRun(folder, 4), GatewayConfig.defaults());
        WireClient live = fixture.connect()) {
      live.awaitFirst("initial_state");
      fixture.run.oneDay();
      live.awaitFirst("run_finished");
      try (WireClient late = WireClient.connect(fixture.gateway.port(), "/?last_seq=0")) {
        await().atMost(Duration.ofSeconds(5)).until(() -> lastSeq(late) == 25);
        List<JsonNode> liveEvents = live.received.subList(1, live.received.size());
        assertThat(late.received).containsExactlyElementsOf(liveEvents);
      }
    }
  }

  @Test
  void aResumeMessageBeforeTheInitialStateFillsTheEventsBetween() {
    try (GatewayFixture fixture = GatewayFixture.start(folder)) {
      fixture.run.oneDay();
      try (WireClient client = fixture.connect()) {
        assertThat(client.awaitFirst("initial_state").get("seq").asLong()).isEqualTo(25);
        client.send("{\"type\":\"resume\",\"last_seq\":20}");
        fixture.run.note("live");
        await().atMost(Duration.ofSeconds(5)).until(() -> client.eventSeqs().contains(26L));
        await().atMost(Duration.ofSeconds(5)).until(() -> client.eventSeqs().size() == 6);
        assertThat(client.eventSeqs()).containsExactlyInAnyOrderElementsOf(range(21, 26));
        assertNoMessageTwice(client);
      }
    }
  }

  private static long lastSeq(WireClient client) {
    List<Long> seqs = client.eventSeqs();
    return seqs.isEmpty() ? 0 : seqs.getLast();
  }

  private static List<Long> range(long first, long last) {
    return LongStream.rangeClosed(first, last).boxed().toList();
  }

  /** Each message (seq, type, mode) arrives once: a day's two team_trades differ by mode. */
  private static void assertNoMessageTwice(WireClient client) {
    List<String> keys =
        client.received.stream()
            .map(m -> m.get("seq") + "/" + m.get("type") + "/" + m.path("mode").asText())
            .toList();
    assertThat(keys).doesNotHaveDuplicates();
  }
}
