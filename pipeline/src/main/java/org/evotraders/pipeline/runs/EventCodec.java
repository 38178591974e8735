package org.evotraders.pipeline.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;

/**
 * Writes a recorded event as one flat JSON object ({@code seq, at, session, type} and the event's
 * own fields) and reads it back. The flat shape is also what the WebSocket sends, so a line of
 * events.jsonl and a message on the wire look the same.
 */
public final class EventCodec {

  /** The one JSON mapper of the run files: ISO dates, no failure on fields added later. */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final Map<String, Class<? extends RunEvent>> TYPES = eventTypes();

  private EventCodec() {}

  /** Returns the event as one line of JSON, without a line break. */
  public static String encode(RecordedEvent recorded) {
    String fields;
    try {
      fields = JSON.writeValueAsString(recorded.event());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode event " + recorded.seq(), e);
    }
    // The envelope's values need no escaping (a number, ISO instants and dates, a wire name), so
    // it is written by hand and the event's own object is spliced in after it: one serialisation
    // instead of a tree built, merged and written again.
    StringBuilder line = new StringBuilder(fields.length() + 96);
    line.append("{\"seq\":").append(recorded.seq());
    line.append(",\"at\":\"").append(recorded.at()).append('"');
    if (recorded.session() == null) {
      line.append(",\"session\":null");
    } else {
      line.append(",\"session\":\"").append(recorded.session()).append('"');
    }
    line.append(",\"type\":\"").append(recorded.event().type()).append('"');
    if (fields.length() > 2) {
      line.append(',').append(fields, 1, fields.length());
    } else {
      line.append('}');
    }
    return line.toString();
  }

  /** Returns the event a line holds; throws naming the problem when the line is not one. */
  public static RecordedEvent decode(String line) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      String type = node.path("type").asText();
      Class<? extends RunEvent> kind = TYPES.get(type);
      if (kind == null) {
        throw new IllegalArgumentException("unknown event type '" + type + "'");
      }
      long seq = node.path("seq").asLong();
      Instant at = Instant.parse(node.path("at").asText());
      LocalDate session =
          node.path("session").isTextual() ? LocalDate.parse(node.get("session").asText()) : null;
      node.remove(java.util.List.of("seq", "at", "session", "type"));
      return new RecordedEvent(seq, at, session, JSON.treeToValue(node, kind));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("not an event line: " + e.getMessage(), e);
    }
  }

  /** Returns the event class of each wire name, read off the sealed interface itself. */
  private static Map<String, Class<? extends RunEvent>> eventTypes() {
    Map<String, Class<? extends RunEvent>> types = new HashMap<>();
    for (Class<?> permitted : RunEvent.class.getPermittedSubclasses()) {
      @SuppressWarnings("unchecked")
      Class<? extends RunEvent> kind = (Class<? extends RunEvent>) permitted;
      String name = blankInstance(kind).type();
      if (types.put(name, kind) != null) {
        throw new IllegalStateException("two event kinds share the wire name " + name);
      }
    }
    return Map.copyOf(types);
  }

  /** Builds an event with default field values, only to ask it its wire name. */
  private static RunEvent blankInstance(Class<? extends RunEvent> kind) {
    RecordComponent[] components = kind.getRecordComponents();
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] args = Arrays.stream(types).map(EventCodec::defaultValue).toArray();
    try {
      Constructor<? extends RunEvent> constructor = kind.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot name event kind " + kind.getSimpleName(), e);
    }
  }

  private static Object defaultValue(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == long.class) {
      return 0L;
    }
    return 0;
  }
}
