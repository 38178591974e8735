package org.evotraders.data.financialdatasets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.evotraders.core.market.Quote;
import org.evotraders.data.http.HttpPolicy;
import org.evotraders.data.http.ProviderAuthenticationException;
import org.evotraders.data.http.ProviderRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live quotes from financialdatasets.ai's price snapshot, served by a local server in the format of
 * the provider's "Price Snapshot (Real-Time)" documentation.
 */
class FinancialDatasetsQuoteTest {

  /** A snapshot as documented; the figures are Apple's close of Friday 2024-03-08. */
  private static final String DOCUMENTED =
      """
      {"snapshot": {"ticker": "AAPL", "price": 170.73, "day_change": 1.61,
       "day_change_percent": 0.952, "market_cap": 2636421000000,
       "time": "2024-03-08T20:59:59Z", "time_milliseconds": 1709931599123}}""";

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private FinancialDatasetsClient client;

  @BeforeEach
  void start() {
    server.start();
    client =
        new FinancialDatasetsClient(
            FinancialDatasetsConfig.withKey("test-key")
                .withBaseUrl(URI.create(server.baseUrl()))
                .withPolicy(
                    HttpPolicy.perMinute(60_000)
                        .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(10))));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void answer(String body) {
    server.stubFor(
        get(urlPathEqualTo("/prices/snapshot/"))
            .withQueryParam("ticker", equalTo("AAPL"))
            .willReturn(okJson(body)));
  }

  @Test
  void readsThePriceAndThePreviousCloseFromTheDocumentedSnapshot() {
    answer(DOCUMENTED);

    Quote quote = client.quote("AAPL");

    assertThat(quote.ticker()).isEqualTo("AAPL");
    assertThat(quote.price()).isEqualTo(170.73);
    // the previous close is the price less the day's change: 170.73 - 1.61 = 169.12
    assertThat(quote.previousClose()).isCloseTo(169.12, within(1e-9));
    assertThat(quote.at()).isEqualTo(Instant.ofEpochMilli(1709931599123L));
    // the snapshot has no session open: unknown, so no move since the open either
    assertThat(quote.open()).isZero();
    assertThat(quote.returnSinceOpenPercent()).isZero();
    server.verify(
        getRequestedFor(urlPathEqualTo("/prices/snapshot/"))
            .withQueryParam("ticker", equalTo("AAPL"))
            .withHeader("X-API-KEY", equalTo("test-key")));
  }

  @Test
  void takesTheIsoTimeWhenTheMillisecondsAreMissing() {
    answer(
        """
        {"snapshot": {"ticker": "AAPL", "price": 170.73, "day_change": 1.61,
         "time": "2024-03-08T20:59:59Z"}}""");

    assertThat(client.quote("AAPL").at()).isEqualTo(Instant.parse("2024-03-08T20:59:59Z"));
  }

  @Test
  void aRejectedKeyNamesTheProviderAndTheVariableToCheck() {
    server.stubFor(
        get(urlPathEqualTo("/prices/snapshot/"))
            .willReturn(aResponse().withStatus(401).withBody("{\"error\": \"Invalid API key\"}")));

    assertThatThrownBy(() -> client.quote("AAPL"))
        .isInstanceOf(ProviderAuthenticationException.class)
        .hasMessageContaining("financialdatasets.ai rejected the API key")
        .hasMessageContaining("check FINANCIAL_DATASETS_API_KEY")
        .hasMessageNotContaining("test-key");
  }

  @Test
  void aSnapshotWithoutAPriceIsNoQuoteAndSaysWhichTicker() {
    answer("{\"snapshot\": {\"ticker\": \"AAPL\", \"time_milliseconds\": 1709931599123}}");

    assertThatThrownBy(() -> client.quote("AAPL"))
        .isInstanceOf(ProviderRequestException.class)
        .hasMessage("financialdatasets.ai has no price snapshot of AAPL: check the ticker");
  }

  @Test
  void anUnknownTickerIsNoQuote() {
    server.stubFor(
        get(urlPathEqualTo("/prices/snapshot/")).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> client.quote("NOPE"))
        .isInstanceOf(ProviderRequestException.class)
        .hasMessageContaining("no price snapshot of NOPE");
  }

  @Test
  void aSnapshotWithoutAnyTimeIsRefusedAsUnreadable() {
    answer("{\"snapshot\": {\"ticker\": \"AAPL\", \"price\": 170.73}}");

    assertThatThrownBy(() -> client.quote("AAPL"))
        .isInstanceOf(ProviderRequestException.class)
        .hasMessageContaining("cannot be read")
        .hasMessageContaining("no time_milliseconds and no ISO time");
  }
}
