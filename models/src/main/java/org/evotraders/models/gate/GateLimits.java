package org.evotraders.models.gate;

import java.time.Duration;

/**
 * How hard the gate may press each provider (every provider gets its own allowance).
 *
 * @param concurrentCalls requests in flight at once
 * @param callsPerMinute requests started per minute
 * @param longestWait how long a caller may wait for a rate-limit permit before failing
 */
public record GateLimits(int concurrentCalls, int callsPerMinute, Duration longestWait) {

  public GateLimits {
    if (concurrentCalls < 1 || callsPerMinute < 1) {
      throw new IllegalArgumentException(
          "Gate limits must allow at least 1 concurrent call and 1 call per minute");
    }
  }

  /** Four requests in flight and 120 per minute per provider, waiting up to 10 minutes. */
  public static GateLimits standard() {
    return new GateLimits(4, 120, Duration.ofMinutes(10));
  }
}
