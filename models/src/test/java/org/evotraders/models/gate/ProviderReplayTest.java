package org.evotraders.models.gate;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.models.AnswerSource;
import org.evotraders.models.Message;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.ToolCall;
import org.evotraders.models.ToolDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** langchain4j's real provider clients, through the gate, against recorded provider answers. */
class ProviderReplayTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ToolDescription WEATHER =
      new ToolDescription(
          "getCurrentWeather",
          "Get the current weather in a given location",
          "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"},"
              + "\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}},"
              + "\"required\":[\"location\"]}");

  @Test
  void openAiPlainAnswerArrivesAsTextWithItsUsageAndCost() {
    Replay.serve(server, "openai/chat-completions-text.json");

    ModelAnswer<String> answer =
        Wiring.gate(server).call(Wiring.ask("openai", "gpt-4o-mini", "Say hello"));

    assertThat(answer.value()).isEqualTo("Hello! How can I assist you today?");
    assertThat(answer.source()).isEqualTo(AnswerSource.PROVIDER);
    assertThat(answer.attempts()).isEqualTo(1);
    // Recorded usage 9 in, 9 out; gpt-4o-mini lists $0.15 / $0.60 per million: 9*0.15e-6 +
    // 9*0.60e-6.
    assertThat(answer.usage()).isEqualTo(new TokenUsage(9, 9));
    assertThat(answer.costUsd()).isEqualByComparingTo(new BigDecimal("0.00000675"));
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer test-openai-key")));
  }

  @Test
  void openAiToolCallIsReturnedAndTheToolResultGoesBackForTheAnswer() {
    Replay.serveInTurn(
        server, "openai/chat-completions-tool-calls.json", "openai/chat-completions-text.json");
    ModelGate gate = Wiring.gate(server);
    ModelCall<String> question =
        Wiring.ask("openai", "gpt-3.5-turbo", "What is the weather like in Boston?")
            .withTools(List.of(WEATHER));

    ModelAnswer<String> first = gate.call(question);

    assertThat(first.wantsTools()).isTrue();
    ToolCall call = first.toolCalls().getFirst();
    assertThat(call)
        .isEqualTo(
            new ToolCall(
                "call_olc8qHf1RDItRqwuEBNjsu3B", "getCurrentWeather", "{\"location\":\"Boston\"}"));

    List<Message> conversation = new ArrayList<>(question.messages());
    conversation.add(Message.assistant(first.rawText(), first.toolCalls()));
    conversation.add(Message.toolResult(call, "Sunny, 22 celsius"));
    ModelAnswer<String> second = gate.call(question.withMessages(conversation));

    assertThat(second.wantsTools()).isFalse();
    assertThat(second.value()).isEqualTo("Hello! How can I assist you today?");
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
            .withRequestBody(
                matchingJsonPath("$.tools[0].function.name", equalTo("getCurrentWeather"))));
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
            .withRequestBody(
                matchingJsonPath(
                    "$.messages[?(@.role == 'tool' && @.tool_call_id == 'call_olc8qHf1RDItRqwuEBNjsu3B')]")));
  }

  @Test
  void openAiJsonSchemaAnswerParsesIntoTheRecord() {
    Replay.serve(server, "openai/chat-completions-json-schema.json");

    ModelAnswer<Wiring.Answer> answer =
        Wiring.gate(server).call(Wiring.askForAnswer("What is the capital of France? Be concise."));

    assertThat(answer.value()).isEqualTo(new Wiring.Answer("Paris", 0.99));
    assertThat(answer.note()).isEmpty();
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
            .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
            .withRequestBody(
                matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
            .withRequestBody(
                matchingJsonPath(
                    "$.response_format.json_schema.schema.properties.confidence.type",
                    equalTo("number"))));
  }

  @Test
  void anthropicTextAnswerArrivesWithItsUsage() {
    Replay.serve(server, "anthropic/messages-text.json");

    ModelAnswer<String> answer =
        Wiring.gate(server)
            .call(Wiring.ask("anthropic", "claude-3-opus-20240229", "Hello, how are you?"));

    assertThat(answer.value()).startsWith("Hello! As an AI language model");
    assertThat(answer.usage()).isEqualTo(new TokenUsage(13, 35));
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/messages"))
            .withHeader("x-api-key", equalTo("test-anthropic-key")));
  }

  @Test
  void anthropicToolUseIsReturnedAndTheToolResultFollowsUp() {
    Replay.serveInTurn(
        server, "anthropic/messages-tool-use.json", "anthropic/messages-tool-result-followup.json");
    ModelGate gate = Wiring.gate(server);
    ModelCall<String> question =
        Wiring.ask(
                "anthropic",
                "claude-sonnet-4-5",
                "What is the weather in Tokyo? Use the get_weather tool.")
            .withTools(
                List.of(
                    new ToolDescription(
                        "get_weather",
                        "Get the current weather in a given location",
                        "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},"
                            + "\"required\":[\"location\"]}")));

    ModelAnswer<String> first = gate.call(question);

    assertThat(first.toolCalls())
        .containsExactly(
            new ToolCall(
                "toolu_01AoUFM2koNLsFscK6xjnLPo",
                "get_weather",
                "{\"location\":\"Tokyo, Japan\"}"));

    List<Message> conversation = new ArrayList<>(question.messages());
    conversation.add(Message.assistant(first.rawText(), first.toolCalls()));
    conversation.add(
        Message.toolResult(
            first.toolCalls().getFirst(), "The weather in Tokyo, Japan is sunny and 72°F"));
    ModelAnswer<String> second = gate.call(question.withMessages(conversation));

    assertThat(second.value())
        .isEqualTo("The weather in Tokyo is currently sunny and 72°F (approximately 22°C).");
    assertThat(second.usage()).isEqualTo(new TokenUsage(701, 22));
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/messages"))
            .withRequestBody(
                matchingJsonPath("$.messages[2].content[0].type", equalTo("tool_result")))
            .withRequestBody(
                matchingJsonPath(
                    "$.messages[2].content[0].tool_use_id",
                    equalTo("toolu_01AoUFM2koNLsFscK6xjnLPo"))));
  }

  @Test
  void geminiTextAnswerArrives() {
    Replay.serve(server, "gemini/generate-content-text.json");

    ModelAnswer<String> answer =
        Wiring.gate(server).call(Wiring.ask("gemini", "gemini-3-pro-preview", "Say hello"));

    assertThat(answer.value()).isEqualTo("Hello! How can I help you today?");
    assertThat(answer.usage().inputTokens()).isEqualTo(3);
  }

  @Test
  void geminiFunctionCallIsReturnedAsAToolCall() {
    Replay.serve(server, "gemini/generate-content-function-call.json");

    ModelAnswer<String> answer =
        Wiring.gate(server)
            .call(
                Wiring.ask("gemini", "gemini-2.5-flash", "Calculate what is 15 * 8")
                    .withTools(
                        List.of(
                            new ToolDescription(
                                "calculator",
                                "Perform mathematical calculations.",
                                "{\"type\":\"object\",\"properties\":{\"expression\":{\"type\":\"string\"}},"
                                    + "\"required\":[\"expression\"]}"))));

    assertThat(answer.toolCalls()).hasSize(1);
    assertThat(answer.toolCalls().getFirst().name()).isEqualTo("calculator");
    assertThat(answer.toolCalls().getFirst().arguments()).contains("\"expression\"", "15 * 8");
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
            .withHeader("x-goog-api-key", equalTo("test-google-key")));
  }

  @Test
  void ollamaOpenAiCompatibleTextAnswerArrives() {
    Replay.serve(server, "ollama/v1-chat-completions-text.json");

    ModelAnswer<String> answer =
        Wiring.gate(server).call(Wiring.ask("ollama", "qwen3", "What's 2 + 2?"));

    assertThat(answer.value()).startsWith("The answer to **2 + 2** is **4**.");
    assertThat(answer.usage()).isEqualTo(new TokenUsage(18, 295));
    assertThat(answer.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void ollamaOpenAiCompatibleToolCallArrives() {
    Replay.serve(server, "ollama/v1-chat-completions-tool-calls.json");

    ModelAnswer<String> answer =
        Wiring.gate(server)
            .call(
                Wiring.ask("ollama", "qwen3", "What's the weather in Berlin? (52.5200, 13.4050)")
                    .withTools(
                        List.of(
                            new ToolDescription(
                                "weather",
                                "Gets current weather for a location",
                                "{\"type\":\"object\",\"properties\":{\"latitude\":{\"type\":\"string\"},"
                                    + "\"longitude\":{\"type\":\"string\"}},"
                                    + "\"required\":[\"latitude\",\"longitude\"]}"))));

    assertThat(answer.toolCalls())
        .containsExactly(
            new ToolCall(
                "call_0npgcaye",
                "weather",
                "{\"latitude\":\"52.5200\",\"longitude\":\"13.4050\"}"));
  }

  @Test
  void aStructuredCallToGeminiAsksForItsJsonSchemaResponseFormat() {
    Replay.serve(server, "gemini/generate-content-text.json");
    ModelCall<Wiring.Answer> call =
        ModelCall.structured(
            "valuation_analyst",
            "analysis",
            Wiring.DAY_ONE,
            new ModelSpec("gemini", "gemini-3-pro-preview"),
            List.of(Message.user("Say hello")),
            Wiring.Answer.class,
            new Wiring.Answer("unknown", 0));

    ModelAnswer<Wiring.Answer> answer = Wiring.gate(server).call(call);

    assertThat(answer.source()).as("the recorded answer is prose").isEqualTo(AnswerSource.FALLBACK);
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-3-pro-preview:generateContent"))
            .withRequestBody(
                matchingJsonPath(
                    "$.generationConfig.responseMimeType", equalTo("application/json"))));
  }

  @Test
  void aStructuredCallToAnthropicAsksForJsonInTheSystemPrompt() {
    Replay.serve(server, "anthropic/messages-text.json");
    ModelCall<Wiring.Answer> call =
        ModelCall.structured(
            "valuation_analyst",
            "analysis",
            Wiring.DAY_ONE,
            new ModelSpec("anthropic", "claude-3-opus-20240229"),
            List.of(Message.user("Hello, how are you?")),
            Wiring.Answer.class,
            new Wiring.Answer("unknown", 0));

    Wiring.gate(server).call(call);

    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/messages"))
            .withRequestBody(
                matchingJsonPath(
                    "$.system[0].text",
                    containing("Answer with only a JSON object that matches this JSON schema"))));
  }
}
