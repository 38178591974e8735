package org.evotraders.models;

/**
 * The rules behind the offline model: answers a call from its typed {@code facts} without a
 * network. The agents module supplies the implementation.
 */
@FunctionalInterface
public interface OfflineReasoner {

  /**
   * Returns the answer to {@code call}: a {@link String} for plain text, a {@link ToolCall} to ask
   * for a tool, or an instance of {@code call.outputType()} for a structured answer.
   */
  Object answer(ModelCall<?> call);
}
