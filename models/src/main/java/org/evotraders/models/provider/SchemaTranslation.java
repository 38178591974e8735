package org.evotraders.models.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.models.OutputSchema;
import org.evotraders.models.ToolDescription;

/**
 * Translates our JSON-schema texts (tool parameters, answer schemas) into langchain4j's schema
 * elements, which each provider client writes in its own dialect.
 */
final class SchemaTranslation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaTranslation() {}

  static ToolSpecification tool(ToolDescription tool) {
    return ToolSpecification.builder()
        .name(tool.name())
        .description(tool.description())
        .parameters(object(read(tool.parameters(), "tool " + tool.name()), tool.name()))
        .build();
  }

  static ResponseFormat responseFormat(OutputSchema schema) {
    JsonSchema jsonSchema =
        JsonSchema.builder()
            .name(schema.name())
            .rootElement(object(read(schema.json(), schema.name()), schema.name()))
            .build();
    return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(jsonSchema).build();
  }

  private static JsonObjectSchema object(JsonNode node, String where) {
    JsonObjectSchema.Builder object = JsonObjectSchema.builder();
    if (node.path("description").isTextual()) {
      object.description(node.path("description").asText());
    }
    node.path("properties")
        .properties()
        .forEach(
            property -> object.addProperty(property.getKey(), element(property.getValue(), where)));
    List<String> required = new ArrayList<>();
    node.path("required").forEach(name -> required.add(name.asText()));
    object.required(required);
    if (node.path("additionalProperties").isBoolean()) {
      object.additionalProperties(node.path("additionalProperties").asBoolean());
    }
    return object.build();
  }

  private static JsonSchemaElement element(JsonNode node, String where) {
    String description =
        node.path("description").isTextual() ? node.path("description").asText() : null;
    if (node.path("enum").isArray()) {
      List<String> values = new ArrayList<>();
      node.path("enum").forEach(value -> values.add(value.asText()));
      return JsonEnumSchema.builder().enumValues(values).description(description).build();
    }
    return switch (node.path("type").asText()) {
      case "object" -> object(node, where);
      case "string" -> JsonStringSchema.builder().description(description).build();
      case "integer" -> JsonIntegerSchema.builder().description(description).build();
      case "number" -> JsonNumberSchema.builder().description(description).build();
      case "boolean" -> JsonBooleanSchema.builder().description(description).build();
      case "array" ->
          JsonArraySchema.builder()
              .items(element(node.path("items"), where))
              .description(description)
              .build();
      default ->
          throw new IllegalArgumentException(
              "The JSON schema of "
                  + where
                  + " has an element of type '"
                  + node.path("type").asText()
                  + "'; use object, string, integer, number, boolean, array or enum: "
                  + node);
    };
  }

  private static JsonNode read(String json, String where) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The JSON schema of " + where + " is not JSON: " + json, e);
    }
  }
}
