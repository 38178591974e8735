package org.evotraders.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evotraders.pipeline.runs.EventCodec;

/** A WebSocket client of the gateway, as the dashboard is one: collects every message as JSON. */
final class DashboardClient implements AutoCloseable {

  final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final WebSocket socket;

  DashboardClient(int port) {
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), new Listener())
            .join();
  }

  /** Returns the types of the messages received, in order. */
  List<String> types() {
    return received.stream().map(m -> m.path("type").asText()).toList();
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received.add(EventCodec.JSON.readTree(partial.toString()));
        } catch (Exception e) {
          throw new IllegalStateException("not JSON: " + partial, e);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
