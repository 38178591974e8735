package org.evotraders.models.gate;

import java.time.Duration;

/**
 * When the gate tries a provider again after a 429, a 5xx (Anthropic's 529 included) or a timeout:
 * exponential backoff, or the provider's own retry-after, never longer than {@code maxDelay}.
 *
 * @param maxAttempts attempts per request, the first included
 * @param initialDelay the wait before the second attempt
 * @param multiplier how much each further wait grows
 * @param maxDelay the longest wait, also capping a provider's retry-after
 */
public record RetrySchedule(
    int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

  public RetrySchedule {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("A retry schedule needs at least 1 attempt");
    }
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || multiplier < 1) {
      throw new IllegalArgumentException(
          "A retry schedule needs 0 <= initialDelay <= maxDelay and multiplier >= 1, not "
              + initialDelay
              + ", "
              + maxDelay
              + ", "
              + multiplier);
    }
  }

  /** Four attempts, waiting 1 s, 2 s, 4 s, and at most 60 s when the provider asks. */
  public static RetrySchedule standard() {
    return new RetrySchedule(4, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60));
  }

  /** Returns the wait before attempt {@code attempt + 1}, given the provider's request if any. */
  Duration delayAfter(int attempt, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
    }
    double millis = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
    return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
  }
}
