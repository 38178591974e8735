package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A live run polls the quotes of the provider its {@code --data} names: financialdatasets.ai's
 * price snapshot for financialdatasets, Finnhub's quote otherwise, each at its configured base URL
 * with its own key.
 */
class LiveQuoteSourceTest {

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private String baseUrl;

  @BeforeEach
  void serveBothProviders() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    answer(
        "/prices/snapshot/",
        "{\"snapshot\": {\"ticker\": \"AAPL\", \"price\": 170.73, \"day_change\": 1.61,"
            + " \"time_milliseconds\": 1709931599000}}",
        "X-API-KEY");
    answer(
        "/quote",
        "{\"c\": 171.5, \"h\": 172, \"l\": 169, \"o\": 169.5, \"pc\": 169.12, \"t\": 1709931599}",
        "X-Finnhub-Token");
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void answer(String path, String body, String keyHeader) {
    server.createContext(
        path,
        exchange -> {
          requests.add(
              exchange.getRequestURI()
                  + " "
                  + keyHeader
                  + "="
                  + exchange.getRequestHeaders().getFirst(keyHeader));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void financialdatasetsPollsItsPriceSnapshotWithItsKey() {
    var quotes =
        LiveQuoteSource.open(
            "financialdatasets",
            Map.of("FINANCIAL_DATASETS_API_KEY", "fd-key", "FINANCIAL_DATASETS_BASE_URL", baseUrl));

    assertThat(quotes.quote("AAPL").price()).isEqualTo(170.73);
    assertThat(requests).containsExactly("/prices/snapshot/?ticker=AAPL X-API-KEY=fd-key");
  }

  @Test
  void finnhubAndTheCachePollFinnhubsQuoteWithItsKey() {
    Map<String, String> env = Map.of("FINNHUB_API_KEY", "fh-key", "FINNHUB_BASE_URL", baseUrl);

    assertThat(LiveQuoteSource.open("finnhub", env).quote("AAPL").price()).isEqualTo(171.5);
    assertThat(LiveQuoteSource.open("cache", env).quote("AAPL").price()).isEqualTo(171.5);
    assertThat(requests)
        .containsExactly(
            "/quote?symbol=AAPL X-Finnhub-Token=fh-key",
            "/quote?symbol=AAPL X-Finnhub-Token=fh-key");
  }

  @Test
  void financialdatasetsWithoutItsKeyIsRefusedNamingItsVariableEvenWithFinnhubsKey() {
    assertThatThrownBy(
            () -> LiveQuoteSource.open("financialdatasets", Map.of("FINNHUB_API_KEY", "fh-key")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "live mode on --data financialdatasets polls financialdatasets.ai quotes:"
                + " set FINANCIAL_DATASETS_API_KEY");
    assertThat(requests).isEmpty();
  }
}
