package org.evotraders.models;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider failed or refused a request: an HTTP error, a timeout, a lost connection or a rejected
 * API key. The message names the provider and what to do; it never holds a key.
 */
public final class ModelProviderException extends RuntimeException {

  private final String provider;
  private final int status;
  private final boolean retryable;
  private final Duration retryAfter;

  /**
   * @param provider the provider name, e.g. {@code openai}
   * @param status the HTTP status, or 0 when no response arrived (timeout, connection)
   * @param retryable whether a later attempt may succeed (429, 5xx, timeouts)
   * @param retryAfter how long the provider asked to wait, or {@code null}
   * @param message what failed and what to do
   */
  public ModelProviderException(
      String provider,
      int status,
      boolean retryable,
      Duration retryAfter,
      String message,
      Throwable cause) {
    super(message, cause);
    this.provider = provider;
    this.status = status;
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  /** Returns the provider name. */
  public String provider() {
    return provider;
  }

  /** Returns the HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** Tells whether a later attempt may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** Returns the wait the provider asked for, if it named one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Returns the same failure, stating how many attempts were made. */
  public ModelProviderException afterAttempts(int attempts) {
    return new ModelProviderException(
        provider,
        status,
        retryable,
        retryAfter,
        getMessage() + " (gave up after " + attempts + " attempts)",
        this);
  }
}
