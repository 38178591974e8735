package org.evotraders.data.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request to a provider, before the base URL and the credentials are added. Its {@link
 * #describe()} is safe to log because keys travel only in headers.
 *
 * @param query parameters in the order they are sent
 * @param jsonBody the POST body, or null for a GET
 */
record ProviderRequest(String method, String path, Map<String, String> query, String jsonBody) {

  /** Returns {@code METHOD /path?query}. */
  String describe() {
    return method + " " + pathAndQuery();
  }

  HttpRequest toHttpRequest(URI baseUrl, Map<String, String> headers, Duration timeout) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery()))
            .timeout(timeout)
            .header("Accept", "application/json");
    headers.forEach(builder::header);
    if (jsonBody == null) {
      return builder.GET().build();
    }
    return builder
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
        .build();
  }

  private String pathAndQuery() {
    if (query.isEmpty()) {
      return path;
    }
    return path
        + "?"
        + query.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
