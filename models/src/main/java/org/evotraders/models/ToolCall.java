package org.evotraders.models;

/**
 * A model's request to run one tool.
 *
 * @param id the provider's id for the call (empty when the provider gives none, as Gemini does)
 * @param name the tool to run
 * @param arguments the arguments as a JSON object text
 */
public record ToolCall(String id, String name, String arguments) {

  public ToolCall {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A tool call needs the name of the tool");
    }
    id = id == null ? "" : id;
    arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
  }
}
