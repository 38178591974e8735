package org.evotraders.pipeline.runs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * events.jsonl and a message on the wire look alike. One difference keeps the log lean: the entries
 * of {@code analyst_signals} and {@code predictions} leave out their {@code agentId}, which the
 * event states once; reading fills it back in (older logs that repeat it read the same).
 */
public final class EventCodec {

  /** The one JSON mapper of the run files: ISO dates, no failure on fields added later. */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** The lists whose entries repeat their event's agentId, by wire name of the event. */
  private static final Map<String, String> NAMED_LISTS =
      Map.of("analyst_signals", "signals", "predictions", "predictions");

  private static final Map<String, Class<? extends RunEvent>> TYPES = eventTypes();

  private static final Map<Class<? extends RunEvent>, LogSerializers.EventWriter> WRITERS =
      writers();

  private EventCodec() {}

  /** Returns the event as one line of JSON, without a line break. */
  public static String encode(RecordedEvent recorded) {
    LineBuffer line = new LineBuffer();
    write(recorded, line, generator(line));
    line.truncate(line.size() - 1);
    return line.text(0);
  }

  /**
   * Returns a generator that writes events' fields into {@code out}, for {@link #write}: made once
   * per buffer, since making one costs more than writing a small event.
   */
  static JsonGenerator generator(LineBuffer out) {
    try {
      JsonGenerator generator = JSON.getFactory().createGenerator(out);
      generator.setRootValueSeparator(null);
      return generator;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into memory", e);
    }
  }

  /**
   * Appends the event's line, line break included, to {@code out}, with {@code fields} (made by
   * {@link #generator} on {@code out}) writing the event's own fields.
   */
  static void write(RecordedEvent recorded, LineBuffer out, JsonGenerator fields) {
    // The envelope's values need no escaping (a number, ISO instants and dates, a wire name), so
    // it is written by hand; the event's own object follows with its opening brace turned into a
    // comma: one serialisation, straight into the bytes that go to the file.
    out.ascii("{\"seq\":").number(recorded.seq()).ascii(",\"at\":\"").instant(recorded.at());
    if (recorded.session() == null) {
      out.ascii("\",\"session\":null");
    } else {
      out.ascii("\",\"session\":\"").date(recorded.session()).ascii("\"");
    }
    out.ascii(",\"type\":\"").ascii(recorded.event().type()).ascii("\"");
    int start = out.size();
    try {
      WRITERS.get(recorded.event().getClass()).write(recorded.event(), fields);
      fields.flush();
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode event " + recorded.seq(), e);
    }
    if (out.size() == start + 2) {
      out.truncate(start);
      out.write('}');
    } else {
      out.set(start, (byte) ',');
    }
    out.write('\n');
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
      nameEntries(node, NAMED_LISTS.get(type));
      return new RecordedEvent(seq, at, session, JSON.treeToValue(node, kind));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("not an event line: " + e.getMessage(), e);
    }
  }

  /** Gives each entry of the list {@code field} the event's agentId, unless it has its own. */
  private static void nameEntries(ObjectNode event, String field) {
    if (field == null || !(event.get(field) instanceof ArrayNode entries)) {
      return;
    }
    JsonNode agentId = event.get("agentId");
    for (JsonNode entry : entries) {
      if (entry instanceof ObjectNode named && !named.has("agentId")) {
        named.set("agentId", agentId);
      }
    }
  }

  /** Returns the writer of each kind of event: its own for a day's, else the wire's mapper. */
  private static Map<Class<? extends RunEvent>, LogSerializers.EventWriter> writers() {
    Map<Class<? extends RunEvent>, LogSerializers.EventWriter> writers =
        new HashMap<>(LogSerializers.daily());
    for (Class<? extends RunEvent> kind : TYPES.values()) {
      ObjectWriter mapped = JSON.writerFor(kind);
      writers.putIfAbsent(kind, (event, out) -> mapped.writeValue(out, event));
    }
    return Map.copyOf(writers);
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
