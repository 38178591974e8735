package org.evotraders.data.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpPolicyTest {

  private final HttpPolicy policy =
      HttpPolicy.perMinute(60).withRetries(6, Duration.ofSeconds(1), Duration.ofSeconds(5));

  @Test
  void doublesTheBackoffAfterEachFailureUpToTheCap() {
    // 1 s, 2 s, 4 s, then capped at 5 s.
    assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.backoffAfter(40)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void capsAServersRequestedWait() {
    assertThat(policy.capped(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    assertThat(policy.capped(Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(5));
  }
}
