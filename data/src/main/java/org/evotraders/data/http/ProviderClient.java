package org.evotraders.data.http;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the requests of one market data provider: spaced by a rate limiter, retried with
 * exponential backoff on 429, 5xx and timeouts (honouring Retry-After up to the policy's cap), not
 * retried on other 4xx. A 404 is an empty answer (unknown ticker); a 401 or 403 names the
 * environment variable holding the key.
 */
public final class ProviderClient {

  private static final Logger log = LoggerFactory.getLogger(ProviderClient.class);
  private static final int MAX_BODY_IN_MESSAGE = 200;

  private final String provider;
  private final URI baseUrl;
  private final Map<String, String> credentials;
  private final String keyVariable;
  private final HttpPolicy policy;
  private final HttpClient http;
  private final RateLimiter rateLimiter;
  private final Retry retry;

  /**
   * @param provider the provider's name as users know it, used in messages
   * @param credentials headers carrying the API key; they never appear in messages or logs
   * @param keyVariable the environment variable the key comes from, named when the key is refused
   */
  public ProviderClient(
      String provider,
      URI baseUrl,
      Map<String, String> credentials,
      String keyVariable,
      HttpPolicy policy) {
    this.provider = provider;
    this.baseUrl = baseUrl;
    this.credentials = Map.copyOf(credentials);
    this.keyVariable = keyVariable;
    this.policy = policy;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(policy.requestTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.rateLimiter =
        RateLimiter.of(
            provider,
            RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(60_000_000_000L / policy.requestsPerMinute()))
                .timeoutDuration(Duration.ofHours(1))
                .build());
    this.retry =
        Retry.of(
            provider,
            RetryConfig.<Object>custom()
                .maxAttempts(policy.maxAttempts())
                .retryExceptions(TransientFailure.class)
                .intervalBiFunction(this::waitMillis)
                .build());
    retry
        .getEventPublisher()
        .onRetry(
            event ->
                log.warn(
                    "{} attempt {} failed ({}), retrying in {}",
                    provider,
                    event.getNumberOfRetryAttempts(),
                    event.getLastThrowable().getMessage(),
                    event.getWaitInterval()));
  }

  /** Returns the answer to {@code GET path?query} as read by {@code reader}, or empty on 404. */
  public <T> Optional<T> get(String path, Map<String, String> query, ResponseReader<T> reader) {
    return send(new ProviderRequest("GET", path, query, null), reader);
  }

  /** Returns the answer to {@code POST path} with a JSON body, or empty on 404. */
  public <T> Optional<T> post(String path, String jsonBody, ResponseReader<T> reader) {
    return send(new ProviderRequest("POST", path, Map.of(), jsonBody), reader);
  }

  private <T> Optional<T> send(ProviderRequest request, ResponseReader<T> reader) {
    Optional<String> body = sendWithRetries(request);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.read(body.get()));
    } catch (IOException | IllegalArgumentException e) {
      throw new ProviderRequestException(
          provider,
          request.describe(),
          200,
          "%s sent an answer to %s that cannot be read: %s"
              .formatted(provider, request.describe(), e.getMessage()),
          e);
    }
  }

  private Optional<String> sendWithRetries(ProviderRequest request) {
    try {
      return retry.executeSupplier(() -> attempt(request));
    } catch (TransientFailure e) {
      throw new ProviderRequestException(
          provider,
          request.describe(),
          e.status(),
          "%s failed %s after %d attempts, last: %s"
              .formatted(provider, request.describe(), policy.maxAttempts(), e.getMessage()),
          e);
    }
  }

  private Optional<String> attempt(ProviderRequest request) {
    RateLimiter.waitForPermission(rateLimiter);
    HttpResponse<String> response = exchange(request);
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return Optional.of(response.body());
    }
    if (status == 404) {
      log.debug("{} has nothing for {}", provider, request.describe());
      return Optional.empty();
    }
    String answer = statusAndBody(status, response.body());
    if (status == 429 || status >= 500) {
      throw new TransientFailure(
          status,
          RetryAfter.parse(response.headers().firstValue("Retry-After"), Clock.systemUTC()),
          answer,
          null);
    }
    if (status == 401 || status == 403) {
      throw new ProviderAuthenticationException(
          provider,
          request.describe(),
          status,
          "%s rejected the API key (%s) on %s: check %s"
              .formatted(provider, answer, request.describe(), keyVariable));
    }
    throw new ProviderRequestException(
        provider,
        request.describe(),
        status,
        "%s refused %s with %s".formatted(provider, request.describe(), answer),
        null);
  }

  private HttpResponse<String> exchange(ProviderRequest request) {
    try {
      return http.send(
          request.toHttpRequest(baseUrl, credentials, policy.requestTimeout()),
          HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new TransientFailure(
          0, Optional.empty(), "no answer within " + policy.requestTimeout(), e);
    } catch (IOException e) {
      throw new ProviderRequestException(
          provider,
          request.describe(),
          0,
          "%s could not be reached for %s (%s): check the network and the base URL %s"
              .formatted(provider, request.describe(), e, baseUrl),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderRequestException(
          provider, request.describe(), 0, provider + " request interrupted", e);
    }
  }

  private long waitMillis(int attempt, Either<Throwable, Object> outcome) {
    Optional<Duration> requested =
        outcome.isLeft() && outcome.getLeft() instanceof TransientFailure failure
            ? failure.retryAfter()
            : Optional.empty();
    return requested.map(policy::capped).orElseGet(() -> policy.backoffAfter(attempt)).toMillis();
  }

  /** Returns "HTTP 401 {body}" with the body shortened to one line, or "HTTP 401" without one. */
  private static String statusAndBody(int status, String body) {
    String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    if (flat.isEmpty()) {
      return "HTTP " + status;
    }
    return "HTTP %d %s"
        .formatted(
            status,
            flat.length() <= MAX_BODY_IN_MESSAGE
                ? flat
                : flat.substring(0, MAX_BODY_IN_MESSAGE) + "...");
  }
}
