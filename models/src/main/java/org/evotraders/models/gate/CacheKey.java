package org.evotraders.models.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.evotraders.models.Message;
import org.evotraders.models.ModelCall;
import org.evotraders.models.OutputSchema;
import org.evotraders.models.ToolCall;
import org.evotraders.models.ToolDescription;

/**
 * The cache key of a call: SHA-256 over provider, model, messages, tools and output schema. Agent,
 * purpose, session and facts are left out, so an identical question is asked once.
 */
final class CacheKey {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each answer type's schema as a tree, parsed once; only read, never changed. */
  private static final ClassValue<JsonNode> OUTPUT_TREES =
      new ClassValue<>() {
        @Override
        protected JsonNode computeValue(Class<?> answerType) {
          return tree(OutputSchema.of(answerType).json());
        }
      };

  private CacheKey() {}

  static String of(ModelCall<?> call) {
    ObjectNode request = JSON.createObjectNode();
    request.put("provider", call.model().provider()).put("model", call.model().name());
    ArrayNode messages = request.putArray("messages");
    for (Message message : call.messages()) {
      ObjectNode node =
          messages
              .addObject()
              .put("role", message.role().name())
              .put("text", message.text())
              .put("toolCallId", message.toolCallId())
              .put("toolName", message.toolName());
      ArrayNode calls = node.putArray("toolCalls");
      for (ToolCall toolCall : message.toolCalls()) {
        calls
            .addObject()
            .put("id", toolCall.id())
            .put("name", toolCall.name())
            .put("arguments", toolCall.arguments());
      }
    }
    ArrayNode tools = request.putArray("tools");
    for (ToolDescription tool : call.tools()) {
      tools
          .addObject()
          .put("name", tool.name())
          .put("description", tool.description())
          .set("parameters", tree(tool.parameters()));
    }
    request.set("output", call.isStructured() ? OUTPUT_TREES.get(call.outputType()) : null);
    return sha256(request.toString());
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + json, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM provides SHA-256", e);
    }
  }
}
