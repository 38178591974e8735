package org.evotraders.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * The gate's answer to a {@link ModelCall}.
 *
 * @param value the parsed answer: the record, the text, or the call's fallback; {@code null} only
 *     for a structured call whose model asked for tools instead (see {@link #wantsTools()})
 * @param rawText the text the model sent (for a fallback, its last unusable text)
 * @param toolCalls the tools the model asked for; the caller runs them and calls again
 * @param usage the tokens of every provider attempt behind this answer (the stored usage for a
 *     cached answer)
 * @param costUsd what the attempts cost in US dollars; zero for cached and offline answers
 * @param source where the answer came from
 * @param attempts the provider requests made, retries and repair included; 0 from the cache
 * @param note why the answer was repaired or fell back; empty otherwise
 * @param <T> the answer type
 */
public record ModelAnswer<T>(
    T value,
    String rawText,
    List<ToolCall> toolCalls,
    TokenUsage usage,
    BigDecimal costUsd,
    AnswerSource source,
    int attempts,
    String note) {

  public ModelAnswer {
    rawText = rawText == null ? "" : rawText;
    toolCalls = List.copyOf(toolCalls);
    note = note == null ? "" : note;
  }

  /** Tells whether the model asked for tools rather than giving its final answer. */
  public boolean wantsTools() {
    return !toolCalls.isEmpty();
  }
}
