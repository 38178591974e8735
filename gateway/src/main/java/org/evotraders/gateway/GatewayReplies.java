package org.evotraders.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.evotraders.pipeline.runs.EventCodec;

/** The messages the gateway writes itself, in answer to a client: pong, error. */
final class GatewayReplies {

  private GatewayReplies() {}

  static ObjectNode pong() {
    return EventCodec.JSON
        .createObjectNode()
        .put("type", "pong")
        .put("timestamp", Instant.now().toString());
  }

  /**
   * Returns an error: {@code code} is stable (bad_json, too_large, unknown_type, bad_request,
   * unavailable), {@code message} says what was wrong and what to send instead.
   */
  static ObjectNode error(String code, String message) {
    return EventCodec.JSON
        .createObjectNode()
        .put("type", "error")
        .put("code", code)
        .put("message", message);
  }
}
