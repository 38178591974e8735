package org.evotraders.data.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a Retry-After header, given either as delay seconds or as an HTTP date (RFC 9110). */
final class RetryAfter {

  private RetryAfter() {}

  /** Returns the requested wait, or empty when the header is absent or unreadable. */
  static Optional<Duration> parse(Optional<String> header, Clock clock) {
    return header.map(String::trim).flatMap(value -> parse(value, clock));
  }

  private static Optional<Duration> parse(String value, Clock clock) {
    if (value.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
