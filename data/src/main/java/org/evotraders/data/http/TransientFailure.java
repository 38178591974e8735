package org.evotraders.data.http;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt failed in a way worth retrying (429, 5xx, timeout). Only the retry loop sees it; the
 * caller gets a {@link ProviderRequestException} when the attempts run out.
 *
 * @param retryAfter the wait the server asked for, if it sent a Retry-After header
 */
final class TransientFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Optional<Duration> retryAfter;

  TransientFailure(int status, Optional<Duration> retryAfter, String reason, Throwable cause) {
    super(reason, cause);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  int status() {
    return status;
  }

  Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
