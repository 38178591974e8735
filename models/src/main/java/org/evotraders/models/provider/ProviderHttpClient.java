package org.evotraders.models.provider;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient.Version;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The HTTP client under langchain4j's provider clients. Unlike langchain4j's own JDK client it
 * keeps the {@code retry-after} header of a refused request, so the gate can honour it.
 */
final class ProviderHttpClient implements HttpClient {

  /** A non-2xx answer, with the provider's requested wait if it sent one. */
  static final class RefusedRequest extends HttpException {
    private final String retryAfter;

    RefusedRequest(int status, String body, String retryAfter) {
      super(status, body);
      this.retryAfter = retryAfter;
    }

    String retryAfter() {
      return retryAfter;
    }
  }

  private final java.net.http.HttpClient http;
  private final Duration readTimeout;

  private ProviderHttpClient(Duration connectTimeout, Duration readTimeout) {
    // HTTP/1.1: a plain-http local server (Ollama, vLLM) need not understand an h2c upgrade.
    this.http =
        java.net.http.HttpClient.newBuilder()
            .version(Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
    this.readTimeout = readTimeout;
  }

  /** Returns a builder langchain4j's model builders accept; they set both timeouts. */
  static HttpClientBuilder builder(Duration timeout) {
    return new Builder().connectTimeout(timeout).readTimeout(timeout);
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    var outgoing =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
            .timeout(readTimeout)
            .method(
                request.method().name(),
                request.body() == null
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofString(request.body()));
    request.headers().forEach((name, values) -> values.forEach(v -> outgoing.header(name, v)));
    try {
      HttpResponse<String> response = http.send(outgoing.build(), BodyHandlers.ofString());
      if (response.statusCode() < 200 || response.statusCode() >= 300) {
        throw new RefusedRequest(
            response.statusCode(),
            response.body(),
            response.headers().firstValue("retry-after").orElse(null));
      }
      return SuccessfulHttpResponse.builder()
          .statusCode(response.statusCode())
          .headers(response.headers().map())
          .body(response.body())
          .build();
    } catch (HttpTimeoutException e) {
      throw new TimeoutException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + request.url(), e);
    }
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    throw new UnsupportedOperationException(
        "The model gate makes blocking requests only; no streaming client is wired");
  }

  private static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public HttpClient build() {
      return new ProviderHttpClient(connectTimeout, readTimeout);
    }
  }
}
