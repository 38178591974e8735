package org.evotraders.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of events reaches every client whole: each event is encoded once and the same bytes are
 * handed to every client's socket, batched, so no client may see another's leftovers.
 */
class FanOutTest {

  private static final int CLIENTS = 20;
  private static final int BURST = 300;

  @TempDir Path folder;

  @Test
  void everyClientGetsEveryEventOfABurstInOrderWithTheSameText() {
    List<WireClient> clients = new ArrayList<>();
    try (GatewayFixture fixture = GatewayFixture.start(folder)) {
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(fixture.connect());
      }
      clients.forEach(client -> client.awaitFirst("initial_state"));

      for (int i = 1; i <= BURST; i++) {
        // multi-byte characters: a frame's length is its UTF-8 bytes, not its characters
        fixture.run.note("note %d: AAPL über 185 € ✓".formatted(i));
      }

      List<Long> everySeq = LongStream.rangeClosed(1, BURST).boxed().toList();
      for (WireClient client : clients) {
        await().atMost(Duration.ofSeconds(20)).until(() -> client.eventSeqs().size() == BURST);
        assertThat(client.eventSeqs()).isEqualTo(everySeq);
        List<String> notes =
            client.ofType("agent_message").stream().map(m -> m.get("content").asText()).toList();
        assertThat(notes).hasSize(BURST);
        assertThat(notes.getLast()).isEqualTo("note %d: AAPL über 185 € ✓".formatted(BURST));
        JsonNode first = client.ofType("agent_message").getFirst();
        assertThat(first.get("content").asText()).isEqualTo("note 1: AAPL über 185 € ✓");
      }
    } finally {
      clients.forEach(WireClient::close);
    }
  }
}
