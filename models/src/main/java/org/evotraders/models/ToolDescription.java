package org.evotraders.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A tool offered to the model.
 *
 * @param name the tool name the model calls, e.g. {@code analyze_momentum}
 * @param description what the tool does, for the model
 * @param parameters the JSON schema of the arguments, an {@code "type": "object"} schema as text
 */
public record ToolDescription(String name, String description, String parameters) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ToolDescription {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A tool needs a name");
    }
    description = description == null ? "" : description;
    parameters = parameters == null || parameters.isBlank() ? "{\"type\":\"object\"}" : parameters;
    try {
      if (!JSON.readTree(parameters).isObject()) {
        throw new IllegalArgumentException(
            "The parameters of tool " + name + " must be a JSON schema object: " + parameters);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The parameters of tool " + name + " are not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
