package org.evotraders.data.http;

import java.time.Duration;

/**
 * How a provider is called: the request rate it allows, how often and how patiently a transient
 * failure (429, 5xx, timeout) is retried, and how long one request may take.
 *
 * @param requestsPerMinute requests are spaced evenly, {@code 60 / requestsPerMinute} seconds apart
 * @param maxAttempts attempts per request including the first; 1 disables retries
 * @param initialBackoff the wait after the first failure; each further wait doubles
 * @param maxBackoff the longest wait, also for a server's Retry-After
 * @param requestTimeout the longest wait for one response
 */
public record HttpPolicy(
    int requestsPerMinute,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration requestTimeout) {

  public HttpPolicy {
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException(
          "requestsPerMinute must be at least 1, was " + requestsPerMinute);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must satisfy 0 <= initial <= max, was %s .. %s"
              .formatted(initialBackoff, maxBackoff));
    }
    if (!requestTimeout.isPositive()) {
      throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
    }
  }

  /**
   * Returns the policy for a provider allowing {@code requestsPerMinute}: 4 attempts, backoff 1 s
   * doubling up to 30 s, 30 s request timeout.
   */
  public static HttpPolicy perMinute(int requestsPerMinute) {
    return new HttpPolicy(
        requestsPerMinute,
        4,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30));
  }

  /** Returns this policy with other retry settings. */
  public HttpPolicy withRetries(int attempts, Duration initial, Duration max) {
    return new HttpPolicy(requestsPerMinute, attempts, initial, max, requestTimeout);
  }

  /** Returns this policy with another request timeout. */
  public HttpPolicy withRequestTimeout(Duration timeout) {
    return new HttpPolicy(requestsPerMinute, maxAttempts, initialBackoff, maxBackoff, timeout);
  }

  /** Returns the wait before attempt {@code attempt + 1}: exponential, capped at the maximum. */
  Duration backoffAfter(int attempt) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return min(wait, maxBackoff);
  }

  /** Returns the server's requested wait, capped at the maximum backoff. */
  Duration capped(Duration retryAfter) {
    return min(retryAfter, maxBackoff);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
