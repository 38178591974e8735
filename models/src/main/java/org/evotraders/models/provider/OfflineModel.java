package org.evotraders.models.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.evotraders.models.ChatProvider;
import org.evotraders.models.ModelCall;
import org.evotraders.models.OfflineReasoner;
import org.evotraders.models.ProviderReply;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.ToolCall;

/**
 * The provider {@code offline}: answers from the call's facts through the agents' rules, free and
 * deterministic. The gate takes a typed answer from {@link #answer} as it is (its record's
 * constructor has validated it); through {@link #complete}, a record answer travels as JSON and is
 * read and validated like any provider's.
 */
final class OfflineModel implements ChatProvider, OfflineReasoner {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OfflineReasoner reasoner;

  OfflineModel(OfflineReasoner reasoner) {
    this.reasoner = reasoner;
  }

  @Override
  public Object answer(ModelCall<?> call) {
    return reasoner.answer(call);
  }

  @Override
  public ProviderReply complete(ModelCall<?> call) {
    Object answer = reasoner.answer(call);
    return switch (answer) {
      case null -> new ProviderReply("", List.of(), TokenUsage.NONE);
      case String text -> new ProviderReply(text, List.of(), TokenUsage.NONE);
      case ToolCall toolCall -> new ProviderReply("", List.of(toolCall), TokenUsage.NONE);
      default -> new ProviderReply(json(answer, call), List.of(), TokenUsage.NONE);
    };
  }

  private static String json(Object answer, ModelCall<?> call) {
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "The offline answer of "
              + call.agentId()
              + " for "
              + call.purpose()
              + " cannot be written as JSON: "
              + answer.getClass().getName(),
          e);
    }
  }
}
