package org.evotraders.models.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderFailuresTest {

  @Test
  void retryAfterInSecondsIsRead() {
    assertThat(ProviderFailures.retryAfter("5", "")).isEqualTo(Duration.ofSeconds(5));
    assertThat(ProviderFailures.retryAfter("0.5", "")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void geminisRetryInfoInTheRecordedBodyGivesTheWait() throws Exception {
    String body =
        Files.readString(
            Path.of(
                System.getProperty("evotraders.shared.data"),
                "recorded-api/llm/gemini/error-429-resource-exhausted.json"));

    // The recorded RetryInfo says "retryDelay": "38s".
    assertThat(ProviderFailures.retryAfter(null, body.replace("\\\"", "\"")))
        .isEqualTo(Duration.ofSeconds(38));
  }

  @Test
  void noWaitIsNamedWhenNeitherHeaderNorBodyGivesOne() {
    assertThat(ProviderFailures.retryAfter(null, "{\"error\":{}}")).isNull();
    assertThat(ProviderFailures.retryAfter("soon", "")).isNull();
  }
}
