package org.evotraders.models.gate;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.evotraders.models.AnswerSource;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.TokenUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An unusable answer gets one repair request, then the fallback; never an exception. */
class AnswerRepairTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void anAnswerWithoutJsonIsRepairedByAskingAgainWithTheProblem() {
    Replay.serveInTurn(
        server, "openai/chat-completions-text.json", "openai/chat-completions-json-schema.json");

    ModelAnswer<Wiring.Answer> answer =
        Wiring.gate(server).call(Wiring.askForAnswer("What is the capital of France?"));

    assertThat(answer.value()).isEqualTo(new Wiring.Answer("Paris", 0.99));
    assertThat(answer.source()).isEqualTo(AnswerSource.PROVIDER);
    assertThat(answer.attempts()).isEqualTo(2);
    assertThat(answer.note()).isEqualTo("repaired: the answer holds no JSON object");
    // Both exchanges are paid for: 9/9 recorded for the text, 94/11 for the JSON answer.
    assertThat(answer.usage()).isEqualTo(new TokenUsage(9 + 94, 9 + 11));
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
            .withRequestBody(
                matchingJsonPath(
                    "$.messages[?(@.role == 'assistant' && @.content == 'Hello! How can I assist you today?')]"))
            .withRequestBody(
                matchingJsonPath(
                    "$.messages[?(@.role == 'user' && @.content =~ /Your answer could not be used: the answer holds no JSON object[\\s\\S]*/)]")));
  }

  @Test
  void anAnswerThatStaysUnusableFallsBackToTheSafeDefault() {
    Replay.serve(server, "openai/chat-completions-text.json");

    ModelAnswer<Wiring.Answer> answer =
        Wiring.gate(server).call(Wiring.askForAnswer("What is the capital of France?"));

    assertThat(answer.value()).isEqualTo(new Wiring.Answer("unknown", 0));
    assertThat(answer.source()).isEqualTo(AnswerSource.FALLBACK);
    assertThat(answer.attempts()).isEqualTo(2);
    assertThat(answer.note()).isEqualTo("fell back: the answer holds no JSON object");
    assertThat(answer.rawText()).isEqualTo("Hello! How can I assist you today?");
    server.verify(2, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
  }
}
