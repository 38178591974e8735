package org.evotraders.models.gate;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.evotraders.models.ModelProviderException;

/**
 * One lane per provider: a rate limit on requests started and a cap on requests in flight. Callers
 * are virtual threads, so waiting here blocks nothing else.
 */
final class ProviderLanes {

  private record Lane(RateLimiter rate, Semaphore inFlight) {}

  private final GateLimits limits;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

  ProviderLanes(GateLimits limits) {
    this.limits = limits;
  }

  /** Runs {@code request} to {@code provider} once a rate permit and an in-flight slot are free. */
  <T> T run(String provider, Supplier<T> request) {
    Lane lane = lanes.computeIfAbsent(provider, this::open);
    try {
      RateLimiter.waitForPermission(lane.rate());
    } catch (RequestNotPermitted e) {
      throw new ModelProviderException(
          provider,
          0,
          false,
          null,
          "No rate-limit permit for " + provider + " within " + limits.longestWait(),
          e);
    }
    lane.inFlight().acquireUninterruptibly();
    try {
      return request.get();
    } finally {
      lane.inFlight().release();
    }
  }

  private Lane open(String provider) {
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(limits.callsPerMinute())
            .limitRefreshPeriod(Duration.ofMinutes(1))
            .timeoutDuration(limits.longestWait())
            .build();
    return new Lane(
        RateLimiter.of(provider, config), new Semaphore(limits.concurrentCalls(), true));
  }
}
