package org.evotraders.models.gate;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.Map;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelProviderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Recorded provider errors: which are retried, how long the gate waits, which end the call. */
class ProviderFailureTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void aRateLimitedRequestIsRetriedAndThenAnswered() {
    Replay.serveInTurn(
        server, "openai/error-429-rate-limit-tokens.json", "openai/chat-completions-text.json");

    ModelAnswer<String> answer =
        Wiring.gate(server).call(Wiring.ask("openai", "gpt-4.1-nano", "Hi"));

    assertThat(answer.value()).isEqualTo("Hello! How can I assist you today?");
    assertThat(answer.attempts()).isEqualTo(2);
    server.verify(2, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
  }

  @Test
  void anOverloadedAnthropicIsRetriedAndThenAnswered() {
    Replay.serveInTurn(
        server, "anthropic/error-529-overloaded.json", "anthropic/messages-text.json");

    ModelAnswer<String> answer =
        Wiring.gate(server).call(Wiring.ask("anthropic", "claude-3-5-haiku-20241022", "Hello"));

    assertThat(answer.value()).startsWith("Hello!");
    assertThat(answer.attempts()).isEqualTo(2);
  }

  @Test
  void aProviderThatStaysOverloadedEndsTheCallAfterTheLastAttempt() {
    Replay.serve(server, "anthropic/error-529-overloaded.json");

    assertThatThrownBy(
            () ->
                Wiring.gate(server)
                    .call(Wiring.ask("anthropic", "claude-3-5-haiku-20241022", "Hello")))
        .isInstanceOf(ModelProviderException.class)
        .hasMessageContaining("anthropic answered HTTP 529: Overloaded [overloaded_error]")
        .hasMessageContaining("gave up after 3 attempts");
    server.verify(3, postRequestedFor(urlPathEqualTo("/v1/messages")));
  }

  @Test
  void theGateWaitsAsLongAsRetryAfterAsks() {
    server.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .inScenario("retry-after")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                Replay.response("openai/error-429-rate-limit-tokens.json")
                    .withHeader("Retry-After", "0.4"))
            .willSetStateTo("answered"));
    server.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .inScenario("retry-after")
            .whenScenarioStateIs("answered")
            .willReturn(Replay.response("openai/chat-completions-text.json")));
    ModelGate gate =
        Wiring.gate(Wiring.env(server), call -> "")
            .retries(new RetrySchedule(3, Duration.ofMillis(5), 2, Duration.ofSeconds(5)))
            .build();

    long started = System.nanoTime();
    gate.call(Wiring.ask("openai", "gpt-4o-mini", "Hi"));

    // The backoff alone would wait 5 ms; the provider asked for 400 ms.
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void aRejectedOpenAiKeyEndsTheCallAtOnceNamingTheVariable() {
    Replay.serve(server, "openai/error-401-invalid-api-key.json");

    assertThatThrownBy(
            () -> Wiring.gate(server).call(Wiring.ask("openai", "gpt-4.1-nano", "Hello")))
        .isInstanceOfSatisfying(
            ModelProviderException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessage("openai refused the API key (HTTP 401 invalid_api_key): check OPENAI_API_KEY");
    server.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
  }

  @Test
  void aRejectedAnthropicKeyEndsTheCallAtOnceNamingTheVariable() {
    Replay.serve(server, "anthropic/error-401-authentication.json");

    assertThatThrownBy(
            () ->
                Wiring.gate(server)
                    .call(Wiring.ask("anthropic", "claude-haiku-4-5-20251001", "Hello")))
        .isInstanceOf(ModelProviderException.class)
        .hasMessage(
            "anthropic refused the API key (HTTP 401 authentication_error): check ANTHROPIC_API_KEY");
    server.verify(1, postRequestedFor(urlPathEqualTo("/v1/messages")));
  }

  @Test
  void geminiAnsweringABadKeyWith400IsReportedAsARejectedKey() {
    Replay.serve(server, "gemini/error-400-api-key-invalid.json");

    assertThatThrownBy(
            () -> Wiring.gate(server).call(Wiring.ask("gemini", "gemini-2.5-flash", "Hello")))
        .isInstanceOf(ModelProviderException.class)
        .hasMessageContaining("gemini refused the API key (HTTP 400")
        .hasMessageContaining("check GOOGLE_API_KEY");
    server.verify(
        1, postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent")));
  }

  @Test
  void aRequestThatTimesOutIsRetried() {
    server.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .inScenario("slow")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(Replay.response("openai/chat-completions-text.json").withFixedDelay(2_000))
            .willSetStateTo("fast"));
    server.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .inScenario("slow")
            .whenScenarioStateIs("fast")
            .willReturn(Replay.response("openai/chat-completions-text.json")));
    Map<String, String> env = Wiring.env(server);
    env.put("MODEL_TIMEOUT_SECONDS", "0.3");

    ModelAnswer<String> answer =
        Wiring.gate(env, call -> "").build().call(Wiring.ask("openai", "gpt-4o-mini", "Say hello"));

    assertThat(answer.value()).isEqualTo("Hello! How can I assist you today?");
    assertThat(answer.attempts()).isEqualTo(2);
  }
}
