package org.evotraders.models.provider;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evotraders.models.ChatProvider;
import org.evotraders.models.ModelCall;
import org.evotraders.models.OutputSchema;
import org.evotraders.models.ProviderReply;

/**
 * A provider reached through langchain4j's client for its protocol (OpenAI-compatible, Anthropic,
 * Gemini). langchain4j's own retries are off: the gate retries every provider alike.
 */
final class LangchainChatProvider implements ChatProvider {

  private static final int ANTHROPIC_MAX_TOKENS = 4096;

  private final ProviderEndpoint endpoint;
  private final Duration timeout;
  private final Map<String, ChatModel> models = new ConcurrentHashMap<>();

  LangchainChatProvider(ProviderEndpoint endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
  }

  @Override
  public ProviderReply complete(ModelCall<?> call) {
    ChatModel model = models.computeIfAbsent(call.model().name(), this::build);
    try {
      return MessageTranslation.toReply(model.chat(request(call)));
    } catch (RuntimeException e) {
      throw ProviderFailures.translate(endpoint, e);
    }
  }

  private ChatRequest request(ModelCall<?> call) {
    List<ChatMessage> messages = new ArrayList<>();
    ChatRequest.Builder request = ChatRequest.builder();
    if (call.isStructured()) {
      OutputSchema schema = OutputSchema.of(call.outputType());
      if (endpoint.kind().nativeJsonSchema()) {
        request.responseFormat(SchemaTranslation.responseFormat(schema));
      } else {
        messages.add(
            SystemMessage.from(
                "Answer with only a JSON object that matches this JSON schema, with no other"
                    + " text:\n"
                    + schema.json()));
      }
    }
    call.messages().forEach(message -> messages.add(MessageTranslation.toChatMessage(message)));
    if (!call.tools().isEmpty()) {
      request.toolSpecifications(call.tools().stream().map(SchemaTranslation::tool).toList());
    }
    return request.messages(messages).build();
  }

  private ChatModel build(String modelName) {
    return switch (endpoint.kind().protocol()) {
      case OPENAI -> {
        var builder =
            OpenAiChatModel.builder()
                .baseUrl(endpoint.baseUrl())
                // Local servers (Ollama, vLLM) take any key, but the client insists on one.
                .apiKey(endpoint.apiKey() == null ? "none" : endpoint.apiKey())
                .modelName(modelName)
                .timeout(timeout)
                .maxRetries(0)
                .httpClientBuilder(ProviderHttpClient.builder(timeout));
        if (endpoint.kind().nativeJsonSchema()) {
          builder
              .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
              .strictJsonSchema(true);
        }
        yield builder.build();
      }
      case ANTHROPIC ->
          AnthropicChatModel.builder()
              .baseUrl(endpoint.baseUrl())
              .apiKey(endpoint.apiKey())
              .modelName(modelName)
              .maxTokens(ANTHROPIC_MAX_TOKENS)
              .timeout(timeout)
              .maxRetries(0)
              .httpClientBuilder(ProviderHttpClient.builder(timeout))
              .build();
      case GEMINI ->
          GoogleAiGeminiChatModel.builder()
              .baseUrl(endpoint.baseUrl())
              .apiKey(endpoint.apiKey())
              .modelName(modelName)
              .timeout(timeout)
              .maxRetries(0)
              .httpClientBuilder(ProviderHttpClient.builder(timeout))
              .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
              .build();
      case OFFLINE -> throw new IllegalStateException("The offline model is no langchain4j client");
    };
  }
}
