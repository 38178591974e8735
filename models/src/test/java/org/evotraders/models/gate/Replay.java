package org.evotraders.models.gate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Serves the recorded LLM exchanges of the shared data (recorded-api/llm) from WireMock, matched on
 * method and path only, since some recorded request bodies are redacted.
 */
final class Replay {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KEPT_HEADERS =
      Set.of("content-type", "retry-after", "x-should-retry");

  private Replay() {}

  static Path recordings() {
    return Path.of(System.getProperty("evotraders.shared.data"), "recorded-api", "llm");
  }

  /** Serves {@code file} on every request to its recorded path. */
  static void serve(WireMockExtension server, String file) {
    server.stubFor(post(urlPathEqualTo(path(file))).willReturn(response(file)));
  }

  /** Serves the files one after another on their (shared) path; the last one repeats. */
  static void serveInTurn(WireMockExtension server, String... files) {
    for (int i = 0; i < files.length; i++) {
      String state = i == 0 ? Scenario.STARTED : "answer " + i;
      var stub =
          post(urlPathEqualTo(path(files[i])))
              .inScenario("in turn")
              .whenScenarioStateIs(state)
              .willReturn(response(files[i]));
      if (i + 1 < files.length) {
        stub.willSetStateTo("answer " + (i + 1));
      }
      server.stubFor(stub);
    }
  }

  /** The recorded path of {@code file}; Ollama's redacted base is its {@code /v1}. */
  static String path(String file) {
    String url = exchange(file).path("request").path("url").asText();
    return url.startsWith("<OLLAMA_API_BASE>")
        ? "/v1" + url.substring("<OLLAMA_API_BASE>".length())
        : URI.create(url).getPath();
  }

  static ResponseDefinitionBuilder response(String file) {
    JsonNode response = exchange(file).path("response");
    ResponseDefinitionBuilder builder =
        aResponse()
            .withStatus(response.path("status").asInt())
            .withBody(response.path("body").asText());
    for (JsonNode header : response.path("headers")) {
      String name = header.get(0).asText();
      String lower = name.toLowerCase(Locale.ROOT);
      if (KEPT_HEADERS.contains(lower)
          || lower.startsWith("x-ratelimit-")
          || lower.startsWith("anthropic-ratelimit-")) {
        builder.withHeader(name, header.get(1).asText());
      }
    }
    return builder;
  }

  static JsonNode exchange(String file) {
    try {
      return JSON.readTree(recordings().resolve(file).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the recorded exchange " + file, e);
    }
  }
}
