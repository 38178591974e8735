package org.evotraders.gateway.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.evotraders.pipeline.projection.RunProjection;

/**
 * The feed of a gateway before its first run: no events, and the state of an empty book with status
 * {@code idle}.
 */
final class IdleFeed implements RunFeed {

  private final ObjectNode state;

  IdleFeed(double initialCash) {
    state = new RunProjection(initialCash, 0.25).initialStateJson();
    state.put("status", "idle");
  }

  @Override
  public String runId() {
    return "";
  }

  @Override
  public long lastSeq() {
    return 0;
  }

  @Override
  public Snapshot snapshot() {
    return new Snapshot(0, state.deepCopy());
  }

  @Override
  public List<Delivery> after(long seq, int limit) {
    return List.of();
  }

  @Override
  public void subscribe(Consumer<Delivery> listener) {
    // an idle gateway publishes nothing
  }
}
