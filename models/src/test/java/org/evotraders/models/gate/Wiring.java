package org.evotraders.models.gate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.models.Message;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.OfflineReasoner;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.models.provider.ProviderDirectory;

/** Builds gates whose real provider clients talk to the replaying WireMock server. */
final class Wiring {

  static final LocalDate DAY_ONE = LocalDate.of(2025, 3, 3);
  static final LocalDate DAY_TWO = LocalDate.of(2025, 3, 4);
  static final RetrySchedule FAST =
      new RetrySchedule(3, Duration.ofMillis(5), 2, Duration.ofMillis(20));

  /** The record the recorded json-schema exchange answers; confidence must be a probability. */
  record Answer(String answer, double confidence) {
    Answer {
      if (confidence < 0 || confidence > 1) {
        throw new IllegalArgumentException("confidence must be within 0..1, not " + confidence);
      }
    }
  }

  private Wiring() {}

  static Map<String, String> env(WireMockExtension server) {
    Map<String, String> env = new HashMap<>();
    String base = server.baseUrl();
    env.put("OPENAI_API_KEY", "test-openai-key");
    env.put("OPENAI_BASE_URL", base + "/v1");
    env.put("ANTHROPIC_API_KEY", "test-anthropic-key");
    env.put("ANTHROPIC_BASE_URL", base + "/v1/");
    env.put("GOOGLE_API_KEY", "test-google-key");
    env.put("GEMINI_BASE_URL", base + "/v1beta");
    env.put("OLLAMA_HOST", base);
    env.put("MODEL_TIMEOUT_SECONDS", "5");
    return env;
  }

  static ModelGate.Builder gate(Map<String, String> env, OfflineReasoner reasoner) {
    ProviderDirectory directory = ProviderDirectory.from(ModelSettings.from(env), reasoner);
    return ModelGate.builder(directory::provider).retries(FAST);
  }

  static ModelGate gate(WireMockExtension server) {
    return gate(env(server), call -> "offline").build();
  }

  static ModelGate cachingGate(WireMockExtension server, Path file) {
    return gate(env(server), call -> "offline").cacheFile(file).build();
  }

  static ModelCall<String> ask(String provider, String model, String question) {
    return ModelCall.text(
        "technical_analyst",
        "analysis",
        DAY_ONE,
        new ModelSpec(provider, model),
        List.of(Message.user(question)));
  }

  static ModelCall<Answer> askForAnswer(String question) {
    return ModelCall.structured(
        "valuation_analyst",
        "analysis",
        DAY_ONE,
        new ModelSpec("openai", "gpt-4o"),
        List.of(Message.user(question)),
        Answer.class,
        new Answer("unknown", 0));
  }
}
