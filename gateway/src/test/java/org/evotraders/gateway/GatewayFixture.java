package org.evotraders.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A hand-built run served by a real gateway on a free port of 127.0.0.1. */
final class GatewayFixture implements AutoCloseable {

  final HandBuiltRun run;
  final Gateway gateway;

  GatewayFixture(Path folder, GatewayConfig config) {
    this(new HandBuiltRun(folder), config);
  }

  GatewayFixture(HandBuiltRun run, GatewayConfig config) {
    this.run = run;
    this.gateway = Gateway.start(config.withAddress("127.0.0.1", 0), run.feed);
  }

  static GatewayFixture start(Path folder) {
    return new GatewayFixture(folder, GatewayConfig.defaults());
  }

  WireClient connect() {
    return WireClient.connect(gateway.port());
  }

  String get(String path) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + path + " interrupted", e);
    }
  }

  @Override
  public void close() {
    gateway.close();
    run.close();
  }
}
