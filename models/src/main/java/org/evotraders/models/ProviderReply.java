package org.evotraders.models;

import java.util.List;

/**
 * What a provider answered to one request, before the gate reads it.
 *
 * @param text the answer text; empty when the model only called tools
 * @param toolCalls the tools the model asked for
 * @param usage the tokens the provider counted
 */
public record ProviderReply(String text, List<ToolCall> toolCalls, TokenUsage usage) {

  public ProviderReply {
    text = text == null ? "" : text;
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    usage = usage == null ? TokenUsage.NONE : usage;
  }
}
