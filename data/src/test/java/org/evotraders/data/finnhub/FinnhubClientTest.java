package org.evotraders.data.finnhub;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.evotraders.core.market.Quote;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.NewsArticle;
import org.evotraders.data.http.HttpPolicy;
import org.evotraders.data.http.ProviderAuthenticationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the client against Finnhub answers written here in the formats of the API documentation
 * (finnhub.io/docs/api: stock-candles, company-basic-financials, insider-transactions,
 * company-news, quote); no recordings of these endpoints exist. The 401 is a real recording.
 */
class FinnhubClientTest {

  private static final String TOKEN = "finnhub-test-token";

  /** 2021-11-16 noon in New York. */
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2021-11-16T17:00:00Z"), ZoneOffset.UTC);

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private FinnhubClient client;

  @BeforeEach
  void start() {
    server.start();
    client =
        new FinnhubClient(
            FinnhubConfig.withKey(TOKEN)
                .withBaseUrl(URI.create(server.baseUrl()))
                .withPolicy(
                    HttpPolicy.perMinute(60_000)
                        .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(10)))
                .withClock(TODAY));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void readsDailyCandlesOfTheDocumentationExample() {
    server.stubFor(
        get(urlPathEqualTo("/stock/candle"))
            .willReturn(
                okJson(
                    """
                    {"c":[217.68,221.03,219.89],"h":[222.49,221.5,220.94],
                     "l":[217.19,217.1402,218.83],"o":[221.03,218.55,220],"s":"ok",
                     "t":[1569297600,1569384000,1569470400],"v":[33463820,24018876,20730608]}""")));

    List<Bar> bars = client.bars("AAPL", LocalDate.of(2019, 9, 24), LocalDate.of(2019, 9, 26));

    // 1569297600 is 2019-09-24T04:00Z, midnight in New York (EDT).
    assertThat(bars)
        .containsExactly(
            new Bar("AAPL", LocalDate.of(2019, 9, 24), 221.03, 222.49, 217.19, 217.68, 33463820),
            new Bar("AAPL", LocalDate.of(2019, 9, 25), 218.55, 221.5, 217.1402, 221.03, 24018876),
            new Bar("AAPL", LocalDate.of(2019, 9, 26), 220, 220.94, 218.83, 219.89, 20730608));
    // from: 2019-09-24 00:00 EDT; to: one second before 2019-09-27 00:00 EDT (1569556800).
    server.verify(
        getRequestedFor(urlPathEqualTo("/stock/candle"))
            .withHeader("X-Finnhub-Token", equalTo(TOKEN))
            .withQueryParam("symbol", equalTo("AAPL"))
            .withQueryParam("resolution", equalTo("D"))
            .withQueryParam("from", equalTo("1569297600"))
            .withQueryParam("to", equalTo("1569556799")));
  }

  @Test
  void answersNoDataWithNoBars() {
    server.stubFor(get(urlPathEqualTo("/stock/candle")).willReturn(okJson("{\"s\":\"no_data\"}")));

    assertThat(client.bars("AAPL", LocalDate.of(2019, 9, 28), LocalDate.of(2019, 9, 29))).isEmpty();
  }

  private void serveBasicFinancials() {
    server.stubFor(
        get(urlPathEqualTo("/stock/metric"))
            .withQueryParam("metric", equalTo("all"))
            .willReturn(
                okJson(
                    """
                    {"metric": {"10DayAverageTradingVolume": 32.50147, "52WeekHigh": 310.43,
                       "marketCapitalization": 2475914.5, "peTTM": 28.51, "grossMarginTTM": 41.78,
                       "netProfitMarginTTM": 25.88, "roeTTM": 147.44,
                       "currentRatioQuarterly": 1.0746, "totalDebt/totalEquityQuarterly": 1.9868,
                       "epsTTM": 5.6139},
                     "metricType": "all",
                     "series": {"annual": {"netMargin": [{"period": "2021-09-25", "v": 0.2588}]},
                                "quarterly": {"netMargin": [{"period": "2021-09-25", "v": 0.2244},
                                                            {"period": "2021-06-26", "v": 0.2357}]}},
                     "symbol": "AAPL"}""")));
  }

  @Test
  void translatesBasicFinancialsIntoOurMetricNamesAndUnits() {
    serveBasicFinancials();

    List<FinancialMetrics> metrics =
        client.financialMetrics("AAPL", LocalDate.of(2021, 11, 16), 10);

    assertThat(metrics)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.reportPeriod()).isEqualTo(LocalDate.of(2021, 9, 25));
              assertThat(m.filed()).isEqualTo(LocalDate.of(2021, 11, 16));
              assertThat(m.period()).isEqualTo("ttm");
              // Percent to fraction, millions to dollars; ratios unchanged.
              assertThat(m.get("gross_margin").getAsDouble()).isCloseTo(0.4178, within(1e-12));
              assertThat(m.get("net_margin").getAsDouble()).isCloseTo(0.2588, within(1e-12));
              assertThat(m.get("return_on_equity").getAsDouble()).isCloseTo(1.4744, within(1e-12));
              assertThat(m.get("market_cap").getAsDouble())
                  .isCloseTo(2_475_914_500_000.0, within(1.0));
              assertThat(m.get("price_to_earnings_ratio").getAsDouble()).isEqualTo(28.51);
              assertThat(m.get("debt_to_equity").getAsDouble()).isEqualTo(1.9868);
              assertThat(m.get("earnings_per_share").getAsDouble()).isEqualTo(5.6139);
              assertThat(m.get("free_cash_flow_yield")).isEmpty();
            });
  }

  @Test
  void hasNoFundamentalsForAReportPeriodBeforeTheSnapshot() {
    serveBasicFinancials();

    assertThat(client.financialMetrics("AAPL", LocalDate.of(2021, 6, 30), 10)).isEmpty();
  }

  @Test
  void knowsTodaysMarketCapOnly() {
    serveBasicFinancials();

    assertThat(client.marketCap("AAPL", LocalDate.of(2021, 11, 16)).getAsDouble())
        .isCloseTo(2.4759145e12, within(1.0));
    assertThat(client.marketCap("AAPL", LocalDate.of(2021, 11, 15))).isEmpty();
  }

  @Test
  void readsInsiderTransactionsOfTheDocumentationExample() {
    server.stubFor(
        get(urlPathEqualTo("/stock/insider-transactions"))
            .willReturn(
                okJson(
                    """
                    {"data": [
                      {"name": "Kirkhorn Zachary", "share": 57234, "change": -1250,
                       "filingDate": "2021-03-19", "transactionDate": "2021-03-17",
                       "transactionCode": "S", "transactionPrice": 655.81},
                      {"name": "Baglino Andrew D", "share": 20467, "change": 10500,
                       "filingDate": "2021-03-10", "transactionDate": "2021-03-08",
                       "transactionCode": "M", "transactionPrice": 0}],
                     "symbol": "TSLA"}""")));

    List<InsiderTrade> trades =
        client.insiderTrades("TSLA", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));

    // Value of the sale: 1250 x 655.81 = 819762.5; the exercise at price 0 has neither.
    assertThat(trades.getFirst().value()).isCloseTo(819762.5, within(1e-6));
    assertThat(trades.getLast().value()).isNull();
    assertThat(trades)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("value")
        .containsExactly(
            new InsiderTrade(
                "TSLA",
                "Kirkhorn Zachary",
                null,
                false,
                LocalDate.of(2021, 3, 17),
                LocalDate.of(2021, 3, 19),
                -1250,
                655.81,
                819762.5,
                null),
            new InsiderTrade(
                "TSLA",
                "Baglino Andrew D",
                null,
                false,
                LocalDate.of(2021, 3, 8),
                LocalDate.of(2021, 3, 10),
                10500,
                null,
                null,
                null));
    server.verify(
        getRequestedFor(urlPathEqualTo("/stock/insider-transactions"))
            .withQueryParam("from", equalTo("2021-03-01"))
            .withQueryParam("to", equalTo("2021-03-31")));
  }

  @Test
  void readsCompanyNewsOnItsNewYorkDate() {
    server.stubFor(
        get(urlPathEqualTo("/company-news"))
            .willReturn(
                okJson(
                    """
                    [{"category": "company news", "datetime": 1569550360,
                      "headline": "More sops needed to boost electronic manufacturing: Top govt official",
                      "id": 25286, "image": "https://img.etimg.com/thumb/msid-71321314.cms",
                      "related": "AAPL", "source": "The Economic Times",
                      "summary": "NEW DELHI | KOLKATA: Even as the Apple supplier Wistron...",
                      "url": "https://economictimes.indiatimes.com/industry/cons-products/electronics/more-sops-needed-to-boost-electronic-manufacturing-top-govt-official/articleshow/71321308.cms"}]""")));

    // 1569550360 is 2019-09-27T02:12:40Z, the evening of 2019-09-26 in New York.
    List<NewsArticle> news =
        client.news("AAPL", LocalDate.of(2019, 9, 26), LocalDate.of(2019, 9, 26));

    assertThat(news)
        .singleElement()
        .satisfies(
            article -> {
              assertThat(article.published()).isEqualTo(Instant.parse("2019-09-27T02:12:40Z"));
              assertThat(article.title()).startsWith("More sops needed");
              assertThat(article.source()).isEqualTo("The Economic Times");
            });
    server.verify(
        getRequestedFor(urlPathEqualTo("/company-news"))
            .withQueryParam("from", equalTo("2019-09-26"))
            .withQueryParam("to", equalTo("2019-09-27")));
    assertThat(client.news("AAPL", LocalDate.of(2019, 9, 27), LocalDate.of(2019, 9, 27))).isEmpty();
  }

  @Test
  void readsAQuoteOfTheDocumentationExample() {
    server.stubFor(
        get(urlPathEqualTo("/quote"))
            .withQueryParam("symbol", equalTo("AAPL"))
            .willReturn(
                okJson(
                    """
                    {"c": 261.74, "h": 263.31, "l": 260.68, "o": 261.07, "pc": 259.45,
                     "t": 1582641000}""")));

    // 1582641000 is 2020-02-25T14:30:00Z, the opening bell.
    assertThat(client.quote("AAPL"))
        .isEqualTo(
            new Quote(
                "AAPL",
                Instant.parse("2020-02-25T14:30:00Z"),
                261.74,
                261.07,
                263.31,
                260.68,
                259.45));
  }

  @Test
  void refusesAQuoteOfAnUnknownSymbol() {
    server.stubFor(
        get(urlPathEqualTo("/quote"))
            .willReturn(
                okJson(
                    "{\"c\":0,\"d\":null,\"dp\":null,\"h\":0,\"l\":0,\"o\":0,\"pc\":0,\"t\":0}")));

    assertThatThrownBy(() -> client.quote("NOPE"))
        .hasMessageContaining("Finnhub has no quote for NOPE");
  }

  @Test
  void explainsTheRecordedInvalidKeyAnswer() throws IOException {
    JsonNode recorded =
        new ObjectMapper()
            .readTree(
                Files.readString(
                    Path.of(
                        System.getProperty("evotraders.shared.data"),
                        "recorded-api/market/finnhub/error-401-invalid-api-key.json")));
    server.stubFor(
        get(urlPathEqualTo("/quote"))
            .willReturn(
                aResponse()
                    .withStatus(recorded.at("/response/status").asInt())
                    .withHeader("Content-Type", "application/json")
                    .withBody(recorded.at("/response/body").asText())));

    assertThatThrownBy(() -> client.quote("AAPL"))
        .isInstanceOf(ProviderAuthenticationException.class)
        .hasMessageContaining("Finnhub rejected the API key")
        .hasMessageContaining("HTTP 401 {\"error\":\"Invalid API key\"}")
        .hasMessageContaining("GET /quote?symbol=AAPL")
        .hasMessageContaining("check FINNHUB_API_KEY")
        .hasMessageNotContaining(TOKEN);
    server.verify(1, getRequestedFor(urlPathEqualTo("/quote")));
  }
}
