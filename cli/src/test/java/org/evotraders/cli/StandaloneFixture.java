package org.evotraders.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.pipeline.runs.EventCodec;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * The standalone composition on a free port of 127.0.0.1 with the offline model, no memory, and a
 * base run of AAPL and MSFT on the synthetic market of seed 7 from 2024-01-02 to 2024-01-04 (three
 * sessions); a real HTTP client for its REST API.
 */
final class StandaloneFixture implements AutoCloseable {

  record Answer(int status, JsonNode body) {}

  final Path runsDir;
  final Standalone standalone;
  private final HttpClient http = HttpClient.newHttpClient();

  StandaloneFixture(Path root, Duration pace) {
    this.runsDir = root.resolve("runs");
    RunOptions options = new RunOptions();
    options.tickers = List.of("AAPL", "MSFT");
    options.start = java.time.LocalDate.of(2024, 1, 2);
    options.end = java.time.LocalDate.of(2024, 1, 4);
    options.seed = 7L;
    options.noMemory = true;
    RunConfig base =
        options.resolve(TeamRunFixture.OFFLINE, ModelSettings.from(TeamRunFixture.OFFLINE));
    this.standalone =
        Standalone.start(
            new Standalone.Settings(
                "127.0.0.1", 0, runsDir, root.resolve("data"), TeamRunFixture.OFFLINE, base, pace));
  }

  String url(String path) {
    return "http://127.0.0.1:" + standalone.port() + path;
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  Answer post(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> raw(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + path + " interrupted", e);
    }
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), EventCodec.JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new IllegalStateException("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("request interrupted", e);
    }
  }

  /** Returns the listing of run {@code id}, or null when GET /api/runs does not list it. */
  JsonNode listing(String id) {
    for (JsonNode row : get("/api/runs").body()) {
      if (row.path("id").asText().equals(id)) {
        return row;
      }
    }
    return null;
  }

  @Override
  public void close() {
    standalone.close();
  }
}
