package org.evotraders.data.financialdatasets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.marketdata.NewsArticle;
import org.evotraders.data.http.HttpPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FinancialDatasetsClientTest {

  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MAR_8 = LocalDate.of(2024, 3, 8);

  /** Noon in New York on 2024-03-11, the Monday after the recorded window. */
  private static final Clock AFTER_WINDOW =
      Clock.fixed(Instant.parse("2024-03-11T16:00:00Z"), ZoneOffset.UTC);

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
                        .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(10)))
                .withClock(AFTER_WINDOW));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void serve(String path, String kind, String ticker) {
    server.stubFor(
        get(urlPathEqualTo(path))
            .withQueryParam("ticker", equalTo(ticker))
            .willReturn(okJson(AiHedgeFundFixtures.body(kind, ticker))));
  }

  @Test
  void readsRawDailyBarsDatedOnTheirNewYorkSession() {
    serve("/prices/", "prices", "AAPL");

    List<Bar> bars = client.bars("AAPL", MAR_1, MAR_8);

    // Fixture: time 2024-03-01T05:00:00Z (midnight New York), open 179.55 high 180.53 low 177.38
    // close 179.66 volume 73450582; six sessions, the last 2024-03-08.
    assertThat(bars).hasSize(6);
    assertThat(bars.getFirst())
        .isEqualTo(new Bar("AAPL", MAR_1, 179.55, 180.53, 177.38, 179.66, 73450582));
    assertThat(bars.getLast().date()).isEqualTo(MAR_8);
    server.verify(
        getRequestedFor(urlPathEqualTo("/prices/"))
            .withHeader("X-API-KEY", equalTo("test-key"))
            .withQueryParam("interval", equalTo("day"))
            .withQueryParam("interval_multiplier", equalTo("1"))
            .withQueryParam("start_date", equalTo("2024-03-01"))
            .withQueryParam("end_date", equalTo("2024-03-08")));
  }

  @Test
  void readsTeslasRawCloseThatMatchesTheYahooSet() {
    serve("/prices/", "prices", "TSLA");

    // shared/data README section 1.1: TSLA 2024-03-01 close 202.64 in both sources.
    assertThat(client.bars("TSLA", MAR_1, MAR_1))
        .singleElement()
        .extracting(Bar::close)
        .isEqualTo(202.64);
  }

  @Test
  void readsTrailingMetricsNewestFirstWithAConservativeFilingDate() {
    serve("/financial-metrics/", "financial_metrics", "AAPL");

    List<FinancialMetrics> metrics = client.financialMetrics("AAPL", MAR_8, 10);

    assertThat(metrics).hasSize(10);
    assertThat(metrics.getFirst().reportPeriod()).isEqualTo(LocalDate.of(2023, 12, 30));
    FinancialMetrics fiscal2023 = metrics.get(1);
    // README section 2: matches the FY2023 10-K, 169148/383285, 96995/383285, 143566/145308.
    assertThat(fiscal2023.reportPeriod()).isEqualTo(LocalDate.of(2023, 9, 30));
    assertThat(fiscal2023.period()).isEqualTo("ttm");
    assertThat(fiscal2023.get("gross_margin").getAsDouble()).isEqualTo(0.441);
    assertThat(fiscal2023.get("net_margin").getAsDouble()).isEqualTo(0.253);
    assertThat(fiscal2023.get("current_ratio").getAsDouble()).isEqualTo(0.988);
    assertThat(fiscal2023.get("interest_coverage")).isEmpty();
    // Fiscal 2023-Q4 is in the 10-K: 90 days after 2023-09-30. Fiscal 2024-Q1: 45 days.
    assertThat(fiscal2023.filed()).isEqualTo(LocalDate.of(2023, 12, 29));
    assertThat(metrics.getFirst().filed()).isEqualTo(LocalDate.of(2024, 2, 13));
    server.verify(
        getRequestedFor(urlPathEqualTo("/financial-metrics/"))
            .withQueryParam("report_period_lte", equalTo("2024-03-08"))
            .withQueryParam("limit", equalTo("10"))
            .withQueryParam("period", equalTo("ttm")));
  }

  @Test
  void readsInsiderTradesKeepingGrantsWithoutAPrice() {
    serve("/insider-trades/", "insider_trades", "AAPL");

    List<InsiderTrade> trades = client.insiderTrades("AAPL", MAR_1, MAR_8);

    assertThat(trades).hasSize(10).allMatch(t -> t.filingDate().equals(MAR_1));
    assertThat(trades.getFirst())
        .isEqualTo(
            new InsiderTrade(
                "AAPL",
                "Susan Wagner",
                null,
                true,
                LocalDate.of(2024, 2, 28),
                MAR_1,
                1516,
                null,
                null,
                "Restricted Stock Unit"));
    assertThat(trades)
        .filteredOn(t -> t.shares() < 0)
        .singleElement()
        .satisfies(
            sale -> {
              assertThat(sale.name()).isEqualTo("Arthur D Levinson");
              assertThat(sale.shares()).isEqualTo(-100000);
              assertThat(sale.pricePerShare()).isEqualTo(180.94);
              assertThat(sale.value()).isEqualTo(18094000.0);
            });
    server.verify(
        getRequestedFor(urlPathEqualTo("/insider-trades/"))
            .withQueryParam("filing_date_gte", equalTo("2024-03-01"))
            .withQueryParam("filing_date_lte", equalTo("2024-03-08"))
            .withQueryParam("limit", equalTo("1000")));
  }

  @Test
  void readsAHundredHeadlinesNewestFirst() {
    serve("/news/", "news", "AAPL");

    List<NewsArticle> news = client.news("AAPL", MAR_1, MAR_8);

    assertThat(news).hasSize(100);
    assertThat(news.getFirst())
        .isEqualTo(
            new NewsArticle(
                "AAPL",
                Instant.parse("2024-03-08T22:45:22Z"),
                "Apple (AAPL) Ascends While Market Falls: Some Facts to Note",
                "Zacks Investment Research",
                "https://www.zacks.com/stock/news/2238271/apple-aapl-ascends-while-market-falls-some-facts-to-note",
                "Zacks Equity Research"));
    assertThat(news.getLast().published()).isEqualTo(Instant.parse("2024-03-04T15:51:00Z"));
    // The provider filters by UTC date: one day more covers the New York evening of 2024-03-08.
    server.verify(
        getRequestedFor(urlPathEqualTo("/news/"))
            .withQueryParam("start_date", equalTo("2024-03-01"))
            .withQueryParam("end_date", equalTo("2024-03-09")));
  }

  @Test
  void keepsHeadlinesByTheirNewYorkDate() {
    serve("/news/", "news", "AAPL");
    LocalDate mar5 = LocalDate.of(2024, 3, 5);

    List<NewsArticle> news = client.news("AAPL", mar5, mar5);

    // Fixture: 33 articles dated 2024-03-05 UTC, none before 05:00Z (midnight EST), plus one at
    // 2024-03-06T03:44:47Z, which is 22:44 on 2024-03-05 in New York: 34.
    assertThat(news).hasSize(34);
    assertThat(news.getFirst().published()).isEqualTo(Instant.parse("2024-03-06T03:44:47Z"));
  }

  @Test
  void searchesLineItemsWithTheDocumentedBody() {
    // No recording of this endpoint exists (README section 6.2); the body follows the
    // {"search_results": [...]} format that ai-hedge-fund's LineItemResponse reads.
    server.stubFor(
        post(urlPathEqualTo("/financials/search/line-items"))
            .withRequestBody(
                equalToJson(
                    """
                    {"tickers": ["AAPL"], "line_items": ["free_cash_flow", "net_income"],
                     "end_date": "2024-03-08", "period": "ttm", "limit": 2}"""))
            .willReturn(
                okJson(
                    """
                    {"search_results": [
                      {"ticker": "AAPL", "report_period": "2023-09-30", "period": "ttm",
                       "currency": "USD", "free_cash_flow": 99584000000, "net_income": 96995000000},
                      {"ticker": "AAPL", "report_period": "2023-12-30", "period": "ttm",
                       "currency": "USD", "free_cash_flow": 106000000000, "net_income": null}
                    ]}""")));

    List<LineItems> items =
        client.lineItems("AAPL", List.of("free_cash_flow", "net_income"), MAR_8, 2);

    assertThat(items)
        .extracting(LineItems::reportPeriod)
        .containsExactly(LocalDate.of(2023, 12, 30), LocalDate.of(2023, 9, 30));
    assertThat(items.getLast().get("net_income").getAsDouble()).isEqualTo(96995000000.0);
    assertThat(items.getFirst().get("net_income")).isEmpty();
  }

  @Test
  void takesAPastMarketCapFromTheNewestMetricsAlreadyPublic() {
    serve("/financial-metrics/", "financial_metrics", "AAPL");

    // On 2024-02-01 the 2023-12-30 record (public from 2024-02-13) is not yet out: the 2023-09-30
    // record's 2676736860720 applies. On 2024-03-08 the 2023-12-30 record's 2994371342560 does.
    assertThat(client.marketCap("AAPL", LocalDate.of(2024, 2, 1)).getAsDouble())
        .isEqualTo(2676736860720.0);
    assertThat(client.marketCap("AAPL", MAR_8).getAsDouble()).isEqualTo(2994371342560.0);
  }

  @Test
  void takesTodaysMarketCapFromTheCompanyFacts() {
    // No recording exists; the body follows ai-hedge-fund's CompanyFactsResponse.
    server.stubFor(
        get(urlPathEqualTo("/company/facts/"))
            .withQueryParam("ticker", equalTo("AAPL"))
            .willReturn(
                okJson(
                    """
                    {"company_facts": {"ticker": "AAPL", "name": "Apple Inc",
                     "market_cap": 2650000000000.5}}""")));

    assertThat(client.marketCap("AAPL", LocalDate.of(2024, 3, 11)).getAsDouble())
        .isCloseTo(2.65e12, within(1.0));
  }

  @Test
  void answersAnUnknownTickerWithNothing() {
    server.stubFor(get(urlPathEqualTo("/prices/")).willReturn(aResponse().withStatus(404)));

    assertThat(client.bars("NOPE", MAR_1, MAR_8)).isEmpty();
  }
}
