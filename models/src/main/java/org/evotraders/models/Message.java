package org.evotraders.models;

import java.util.List;

/**
 * One turn of a conversation with a chat model.
 *
 * <p>An assistant turn may carry the tool calls the model asked for; a tool turn answers one of
 * them and names it by {@code toolCallId} and {@code toolName}.
 *
 * @param role who speaks
 * @param text what is said; empty for an assistant turn that only calls tools
 * @param toolCalls the tools an assistant turn asked for; empty otherwise
 * @param toolCallId for a tool turn, the id of the call it answers; empty otherwise
 * @param toolName for a tool turn, the tool that ran; empty otherwise
 */
public record Message(
    Role role, String text, List<ToolCall> toolCalls, String toolCallId, String toolName) {

  /** Who speaks in a turn. */
  public enum Role {
    SYSTEM,
    USER,
    ASSISTANT,
    TOOL
  }

  public Message {
    if (role == null) {
      throw new IllegalArgumentException("A message needs a role");
    }
    text = text == null ? "" : text;
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    toolCallId = toolCallId == null ? "" : toolCallId;
    toolName = toolName == null ? "" : toolName;
    if (!toolCalls.isEmpty() && role != Role.ASSISTANT) {
      throw new IllegalArgumentException(
          "Only an assistant message carries tool calls, not " + role);
    }
    if (role == Role.TOOL && toolName.isEmpty()) {
      throw new IllegalArgumentException("A tool message must name the tool it answers");
    }
  }

  /** Returns the system prompt turn. */
  public static Message system(String text) {
    return new Message(Role.SYSTEM, text, List.of(), "", "");
  }

  /** Returns a user turn. */
  public static Message user(String text) {
    return new Message(Role.USER, text, List.of(), "", "");
  }

  /** Returns an assistant turn with text only. */
  public static Message assistant(String text) {
    return new Message(Role.ASSISTANT, text, List.of(), "", "");
  }

  /** Returns an assistant turn that asked for tools (and may also hold text). */
  public static Message assistant(String text, List<ToolCall> toolCalls) {
    return new Message(Role.ASSISTANT, text, toolCalls, "", "");
  }

  /** Returns the tool turn that answers {@code call} with {@code result}. */
  public static Message toolResult(ToolCall call, String result) {
    return new Message(Role.TOOL, result, List.of(), call.id(), call.name());
  }
}
