package org.evotraders.models.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import org.evotraders.models.Message;
import org.evotraders.models.ProviderReply;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.ToolCall;

/** Translates our messages into langchain4j's and langchain4j's responses into our replies. */
final class MessageTranslation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MessageTranslation() {}

  static ChatMessage toChatMessage(Message message) {
    return switch (message.role()) {
      case SYSTEM -> SystemMessage.from(message.text());
      case USER -> UserMessage.from(message.text());
      case ASSISTANT ->
          AiMessage.builder()
              .text(message.text().isEmpty() ? null : message.text())
              .toolExecutionRequests(
                  message.toolCalls().stream().map(MessageTranslation::toRequest).toList())
              .build();
      case TOOL ->
          ToolExecutionResultMessage.from(message.toolCallId(), message.toolName(), message.text());
    };
  }

  static ProviderReply toReply(ChatResponse response) {
    AiMessage message = response.aiMessage();
    List<ToolCall> toolCalls =
        message.hasToolExecutionRequests()
            ? message.toolExecutionRequests().stream()
                .map(
                    request ->
                        new ToolCall(request.id(), request.name(), compact(request.arguments())))
                .toList()
            : List.of();
    var usage = response.tokenUsage();
    TokenUsage tokens =
        usage == null
            ? TokenUsage.NONE
            : new TokenUsage(count(usage.inputTokenCount()), count(usage.outputTokenCount()));
    return new ProviderReply(message.text(), toolCalls, tokens);
  }

  private static ToolExecutionRequest toRequest(ToolCall call) {
    return ToolExecutionRequest.builder()
        .id(call.id())
        .name(call.name())
        .arguments(call.arguments())
        .build();
  }

  /** Writes arguments compactly: Anthropic's client pretty-prints them, OpenAI's does not. */
  private static String compact(String arguments) {
    if (arguments == null) {
      return null;
    }
    try {
      return JSON.readTree(arguments).toString();
    } catch (JsonProcessingException notJson) {
      return arguments;
    }
  }

  private static long count(Integer tokens) {
    return tokens == null ? 0 : tokens;
  }
}
