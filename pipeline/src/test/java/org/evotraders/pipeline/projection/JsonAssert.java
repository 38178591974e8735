package org.evotraders.pipeline.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evotraders.pipeline.runs.EventCodec;

/** Compares JSON documents by value: keys and their order aside, 100 and 100.0 are equal. */
final class JsonAssert {

  private JsonAssert() {}

  static void assertJson(JsonNode actual, String expected) {
    try {
      assertThat(normalized(actual).toPrettyString())
          .isEqualTo(normalized(EventCodec.JSON.readTree(expected)).toPrettyString());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("expected JSON does not parse: " + e.getMessage(), e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return EventCodec.JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a copy with every number a double and every object's keys sorted. */
  static JsonNode normalized(JsonNode node) {
    if (node.isNumber()) {
      return DoubleNode.valueOf(node.doubleValue());
    }
    if (node.isArray()) {
      ArrayNode array = EventCodec.JSON.createArrayNode();
      node.forEach(item -> array.add(normalized(item)));
      return array;
    }
    if (node.isObject()) {
      ObjectNode object = EventCodec.JSON.createObjectNode();
      node.properties().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(field -> object.set(field.getKey(), normalized(field.getValue())));
      return object;
    }
    return node;
  }
}
