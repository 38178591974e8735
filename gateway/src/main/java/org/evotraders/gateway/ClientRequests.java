package org.evotraders.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evotraders.pipeline.runs.EventCodec;

/**
 * Answers what a client sends: ping, get_state, start_backtest, resume, and the original UI's
 * fast_forward_time (ignored, as the original did). Anything else gets an error on the same
 * connection, which stays open.
 */
final class ClientRequests {

  private static final String KNOWN = "ping, get_state, resume, start_backtest";

  private final GatewayConfig config;

  ClientRequests(GatewayConfig config) {
    this.config = config;
  }

  void handle(ClientConnection client, String text) {
    if (text.length() > config.maxRequestChars()) {
      client.reply(
          GatewayReplies.error(
              "too_large",
              "message of %d characters is over the limit of %d: send smaller requests"
                  .formatted(text.length(), config.maxRequestChars())));
      return;
    }
    JsonNode request;
    try {
      request = EventCodec.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      client.reply(
          GatewayReplies.error(
              "bad_json",
              "message is not JSON (%s): send an object like {\"type\":\"ping\"}"
                  .formatted(e.getOriginalMessage())));
      return;
    }
    if (!(request instanceof ObjectNode object) || !object.path("type").isTextual()) {
      client.reply(
          GatewayReplies.error(
              "bad_request", "message has no \"type\": send an object with one of " + KNOWN));
      return;
    }
    String type = object.get("type").asText();
    switch (type) {
      case "ping" -> client.reply(GatewayReplies.pong());
      case "get_state" -> client.sendState();
      case "resume" -> resume(client, object);
      case "start_backtest" -> startBacktest(client, object);
      case "fast_forward_time" -> {
        // the original UI's mock button; the original backend ignored it too
      }
      default ->
          client.reply(
              GatewayReplies.error(
                      "unknown_type",
                      "unknown message type '%s': use one of %s".formatted(type, KNOWN))
                  .put("request_type", type));
    }
  }

  private void resume(ClientConnection client, ObjectNode request) {
    JsonNode lastSeq = request.get("last_seq");
    if (lastSeq == null || !lastSeq.canConvertToLong() || lastSeq.asLong() < 0) {
      client.reply(
          GatewayReplies.error(
                  "bad_request",
                  "resume needs last_seq, the seq of the last message you received (0 for all)")
              .put("request_type", "resume"));
      return;
    }
    client.resume(lastSeq.asLong());
  }

  private void startBacktest(ClientConnection client, ObjectNode request) {
    if (config.backtests() == null) {
      client.reply(
          GatewayReplies.error(
                  "unavailable",
                  "this gateway serves one run and cannot start backtests: run 'evotraders backtest' instead")
              .put("request_type", "start_backtest"));
      return;
    }
    try {
      ObjectNode started = config.backtests().start(request);
      ObjectNode reply = EventCodec.JSON.createObjectNode().put("type", "backtest_started");
      reply.setAll(started);
      client.reply(reply);
    } catch (IllegalArgumentException e) {
      client.reply(
          GatewayReplies.error("bad_request", e.getMessage())
              .put("request_type", "start_backtest"));
    }
  }
}
