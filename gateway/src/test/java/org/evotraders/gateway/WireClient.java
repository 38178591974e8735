package org.evotraders.gateway;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.evotraders.pipeline.runs.EventCodec;

/**
 * A test client over the JDK's WebSocket: collects every message as JSON. With a gate, its listener
 * blocks on the first message until the gate opens, so it stops reading (a slow client).
 */
final class WireClient implements AutoCloseable {

  final List<JsonNode> received = new CopyOnWriteArrayList<>();
  volatile Integer closeCode;
  private final WebSocket socket;
  private final CountDownLatch gate;

  private WireClient(String uri, CountDownLatch gate) {
    this.gate = gate;
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create(uri), new Listener())
            .orTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
            .join();
  }

  static WireClient connect(int port) {
    return new WireClient("ws://127.0.0.1:" + port + "/", null);
  }

  static WireClient connect(int port, String pathAndQuery) {
    return new WireClient("ws://127.0.0.1:" + port + pathAndQuery, null);
  }

  /** A client that stops reading at its first message until {@code gate} opens. */
  static WireClient stalled(int port, CountDownLatch gate) {
    return new WireClient("ws://127.0.0.1:" + port + "/", gate);
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  List<JsonNode> ofType(String type) {
    return received.stream().filter(m -> type.equals(m.path("type").asText())).toList();
  }

  JsonNode awaitFirst(String type) {
    await().atMost(Duration.ofSeconds(5)).until(() -> !ofType(type).isEmpty());
    return ofType(type).getFirst();
  }

  void awaitMessage(Predicate<JsonNode> wanted) {
    await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(wanted));
  }

  /** Returns the distinct event seqs received, in arrival order (replies and state excluded). */
  List<Long> eventSeqs() {
    return received.stream()
        .filter(m -> !List.of("initial_state", "pong", "error").contains(m.path("type").asText()))
        .map(m -> m.get("seq").asLong())
        .distinct()
        .toList();
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received.add(EventCodec.JSON.readTree(partial.toString()));
        } catch (Exception e) {
          throw new IllegalStateException("the gateway sent a frame that is not JSON", e);
        }
        partial.setLength(0);
        if (gate != null && gate.getCount() > 0) {
          // Stop asking for frames until the gate opens, without blocking the client's own
          // thread (which may still have the connection's completion to deliver).
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      gate.await();
                      ws.request(1);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  });
          return null;
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closeCode = statusCode;
      return null;
    }
  }
}
