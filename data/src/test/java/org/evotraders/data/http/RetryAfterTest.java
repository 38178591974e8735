package org.evotraders.data.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse(Optional.of("120"), clock)).contains(Duration.ofSeconds(120));
  }

  @Test
  void readsAnHttpDateAsTheTimeLeftUntilIt() {
    // The example date of RFC 9110 section 10.2.3, 30 seconds after the clock.
    assertThat(RetryAfter.parse(Optional.of("Wed, 21 Oct 2015 07:28:30 GMT"), clock))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void ignoresAnAbsentOrUnreadableHeader() {
    assertThat(RetryAfter.parse(Optional.empty(), clock)).isEmpty();
    assertThat(RetryAfter.parse(Optional.of("soon"), clock)).isEmpty();
  }
}
