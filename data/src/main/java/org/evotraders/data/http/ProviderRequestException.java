package org.evotraders.data.http;

/**
 * A market data provider failed to answer a request: a non-retryable status, retries exhausted, or
 * a body that does not parse. The message names the provider, the request (method, path and query,
 * never the API key) and the last HTTP status.
 */
public class ProviderRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String provider;
  private final String request;
  private final int status;

  /**
   * @param status the last HTTP status, or 0 when no response arrived
   */
  public ProviderRequestException(
      String provider, String request, int status, String message, Throwable cause) {
    super(message, cause);
    this.provider = provider;
    this.request = request;
    this.status = status;
  }

  public String provider() {
    return provider;
  }

  /** Returns the request as {@code METHOD /path?query}, without secrets. */
  public String request() {
    return request;
  }

  /** Returns the last HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }
}
