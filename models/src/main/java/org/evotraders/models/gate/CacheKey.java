package org.evotraders.models.gate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
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

  private static final MessageDigest SHA_256 = newSha256();

  private CacheKey() {}

  static String of(ModelCall<?> call) {
    MessageDigest digest = sha256();
    // The request's JSON goes straight into the digest: no tree, no string, no copy of the bytes.
    try (JsonGenerator request =
        JSON.getFactory()
            .createGenerator(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
      request.writeStartObject();
      request.writeStringField("provider", call.model().provider());
      request.writeStringField("model", call.model().name());
      request.writeArrayFieldStart("messages");
      for (Message message : call.messages()) {
        request.writeStartObject();
        request.writeStringField("role", message.role().name());
        request.writeStringField("text", message.text());
        request.writeStringField("toolCallId", message.toolCallId());
        request.writeStringField("toolName", message.toolName());
        request.writeArrayFieldStart("toolCalls");
        for (ToolCall toolCall : message.toolCalls()) {
          request.writeStartObject();
          request.writeStringField("id", toolCall.id());
          request.writeStringField("name", toolCall.name());
          request.writeStringField("arguments", toolCall.arguments());
          request.writeEndObject();
        }
        request.writeEndArray();
        request.writeEndObject();
      }
      request.writeEndArray();
      request.writeArrayFieldStart("tools");
      for (ToolDescription tool : call.tools()) {
        request.writeStartObject();
        request.writeStringField("name", tool.name());
        request.writeStringField("description", tool.description());
        request.writeFieldName("parameters");
        request.writeTree(tree(tool.parameters()));
        request.writeEndObject();
      }
      request.writeEndArray();
      request.writeFieldName("output");
      if (call.isStructured()) {
        request.writeTree(OUTPUT_TREES.get(call.outputType()));
      } else {
        request.writeNull();
      }
      request.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("A digest takes every byte", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + json, e);
    }
  }

  /** Copying a digest costs less than looking up its provider on every call. */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("The JDK's SHA-256 can be copied", e);
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM provides SHA-256", e);
    }
  }
}
