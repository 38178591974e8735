package org.evotraders.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Set;

/**
 * The JSON schema of a record answer, in the strict form OpenAI accepts: every component required,
 * no extra properties.
 *
 * <p>Supported component types: strings, whole and decimal numbers, booleans, enums (by constant
 * name), lists and sets of these, and nested records.
 *
 * @param name the schema name, the record's simple name
 * @param json the schema as JSON text
 */
public record OutputSchema(String name, String json) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Class<?>> WHOLE =
      Set.of(
          int.class,
          long.class,
          short.class,
          byte.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          BigInteger.class);
  private static final Set<Class<?>> DECIMAL =
      Set.of(double.class, float.class, Double.class, Float.class, BigDecimal.class);

  /** A record type's schema, worked out by reflection once: every structured call asks for it. */
  private static final ClassValue<OutputSchema> SCHEMAS =
      new ClassValue<>() {
        @Override
        protected OutputSchema computeValue(Class<?> recordType) {
          return new OutputSchema(recordType.getSimpleName(), objectSchema(recordType).toString());
        }
      };

  /** Returns the schema of {@code recordType}. */
  public static OutputSchema of(Class<?> recordType) {
    if (!recordType.isRecord()) {
      throw new IllegalArgumentException(
          "An output schema describes a record, not " + recordType.getName());
    }
    return SCHEMAS.get(recordType);
  }

  private static ObjectNode objectSchema(Class<?> recordType) {
    ObjectNode schema = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    for (RecordComponent component : recordType.getRecordComponents()) {
      properties.set(component.getName(), elementSchema(component.getGenericType(), recordType));
      required.add(component.getName());
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode elementSchema(Type type, Class<?> owner) {
    if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      ObjectNode array = JSON.createObjectNode().put("type", "array");
      array.set("items", elementSchema(generic.getActualTypeArguments()[0], owner));
      return array;
    }
    if (!(type instanceof Class<?> type1)) {
      throw unsupported(type, owner);
    }
    if (type1 == String.class || type1 == char.class || type1 == Character.class) {
      return JSON.createObjectNode().put("type", "string");
    }
    if (WHOLE.contains(type1)) {
      return JSON.createObjectNode().put("type", "integer");
    }
    if (DECIMAL.contains(type1)) {
      return JSON.createObjectNode().put("type", "number");
    }
    if (type1 == boolean.class || type1 == Boolean.class) {
      return JSON.createObjectNode().put("type", "boolean");
    }
    if (type1.isEnum()) {
      ObjectNode schema = JSON.createObjectNode().put("type", "string");
      ArrayNode values = schema.putArray("enum");
      for (Object constant : type1.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return schema;
    }
    if (type1.isRecord()) {
      return objectSchema(type1);
    }
    throw unsupported(type, owner);
  }

  private static IllegalArgumentException unsupported(Type type, Class<?> owner) {
    return new IllegalArgumentException(
        "Record "
            + owner.getName()
            + " has a component of type "
            + type.getTypeName()
            + " that an answer schema cannot describe; use strings, numbers, booleans, enums,"
            + " lists or records");
  }
}
