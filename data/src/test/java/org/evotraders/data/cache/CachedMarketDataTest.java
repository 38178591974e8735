package org.evotraders.data.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.data.financialdatasets.AiHedgeFundFixtures;
import org.evotraders.data.financialdatasets.FinancialDatasetsClient;
import org.evotraders.data.financialdatasets.FinancialDatasetsConfig;
import org.evotraders.data.http.HttpPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the cache in front of the real financialdatasets.ai client, served recorded answers. */
class CachedMarketDataTest {

  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MAR_8 = LocalDate.of(2024, 3, 8);

  /** Noon in New York on 2024-09-16: every answer about March 2024 is settled. */
  private static final Clock LATER =
      Clock.fixed(Instant.parse("2024-09-16T16:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private FinancialDatasetsClient provider;

  @BeforeEach
  void start() {
    server.start();
    provider =
        new FinancialDatasetsClient(
            FinancialDatasetsConfig.withKey("test-key")
                .withBaseUrl(URI.create(server.baseUrl()))
                .withPolicy(
                    HttpPolicy.perMinute(60_000)
                        .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(10))));
    for (String[] endpoint :
        new String[][] {
          {"/prices/", "prices"},
          {"/financial-metrics/", "financial_metrics"},
          {"/insider-trades/", "insider_trades"},
          {"/news/", "news"}
        }) {
      server.stubFor(
          get(urlPathEqualTo(endpoint[0]))
              .withQueryParam("ticker", equalTo("AAPL"))
              .willReturn(okJson(AiHedgeFundFixtures.body(endpoint[1], "AAPL"))));
    }
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private <T> T withCache(Clock clock, Function<MarketData, T> use) {
    try (MarketDataStore store = MarketDataStore.open(dataDir)) {
      return use.apply(
          new CachedMarketData(provider, FinancialDatasetsClient.PROVIDER, store, clock));
    }
  }

  private int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void servesRepeatedBarRequestsFromTheStoreAlsoAfterARestart() {
    List<Bar> fetched = withCache(LATER, cache -> cache.bars("AAPL", MAR_1, MAR_8));
    assertThat(requests()).isEqualTo(1);

    List<Bar> again = withCache(LATER, cache -> cache.bars("AAPL", MAR_1, MAR_8));
    List<Bar> inside =
        withCache(
            LATER, cache -> cache.bars("AAPL", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6)));

    assertThat(requests()).isEqualTo(1);
    assertThat(again).isEqualTo(fetched).hasSize(6);
    assertThat(fetched.getFirst().close()).isEqualTo(179.66);
    assertThat(inside)
        .extracting(Bar::date)
        .containsExactly(
            LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6));
  }

  @Test
  void asksOnlyForTheDaysNotFetchedBefore() {
    withCache(LATER, cache -> cache.bars("AAPL", MAR_1, MAR_8));

    withCache(
        LATER, cache -> cache.bars("AAPL", LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 12)));

    server.verify(3, getRequestedFor(urlPathEqualTo("/prices/")));
    server.verify(
        getRequestedFor(urlPathEqualTo("/prices/"))
            .withQueryParam("start_date", equalTo("2024-02-26"))
            .withQueryParam("end_date", equalTo("2024-02-29")));
    server.verify(
        getRequestedFor(urlPathEqualTo("/prices/"))
            .withQueryParam("start_date", equalTo("2024-03-09"))
            .withQueryParam("end_date", equalTo("2024-03-12")));
  }

  @Test
  void remembersThatARangeHasNoBars() {
    server.stubFor(
        get(urlPathEqualTo("/prices/"))
            .withQueryParam("ticker", equalTo("MSFT"))
            .willReturn(okJson("{\"ticker\":\"MSFT\",\"prices\":[]}")));
    LocalDate saturday = LocalDate.of(2024, 3, 2);

    withCache(LATER, cache -> cache.bars("MSFT", saturday, saturday.plusDays(1)));
    List<Bar> weekend =
        withCache(LATER, cache -> cache.bars("MSFT", saturday, saturday.plusDays(1)));

    assertThat(weekend).isEmpty();
    server.verify(1, getRequestedFor(urlPathEqualTo("/prices/")));
  }

  @Test
  void fetchesTodaysBarEveryTimeButTheSettledDaysOnce() {
    Clock duringMar8 = Clock.fixed(Instant.parse("2024-03-08T17:00:00Z"), ZoneOffset.UTC);

    withCache(duringMar8, cache -> cache.bars("AAPL", MAR_1, MAR_8));
    List<Bar> again = withCache(duringMar8, cache -> cache.bars("AAPL", MAR_1, MAR_8));

    // First call: settled 03-01..03-07 and live 03-08; second call: live 03-08 only.
    assertThat(again).hasSize(6);
    server.verify(3, getRequestedFor(urlPathEqualTo("/prices/")));
    server.verify(
        2,
        getRequestedFor(urlPathEqualTo("/prices/"))
            .withQueryParam("start_date", equalTo("2024-03-08")));
  }

  @Test
  void remembersFundamentalsInsiderTradesAndNewsAcrossARestart() {
    record Answers(Object metrics, Object trades, Object news, Object cap) {}
    Function<MarketData, Answers> ask =
        cache ->
            new Answers(
                cache.financialMetrics("AAPL", MAR_8, 10),
                cache.insiderTrades("AAPL", MAR_1, MAR_8),
                cache.news("AAPL", MAR_1, MAR_8),
                cache.marketCap("AAPL", MAR_8));

    Answers fetched = withCache(LATER, ask);
    int afterFirst = requests();
    Answers remembered = withCache(LATER, ask);

    // metrics, insider trades, news, and the metrics behind the past market cap.
    assertThat(afterFirst).isEqualTo(4);
    assertThat(requests()).isEqualTo(afterFirst);
    assertThat(remembered).isEqualTo(fetched);
    assertThat(((List<?>) remembered.news())).hasSize(100);
    assertThat(((List<?>) remembered.trades())).hasSize(10);
  }

  @Test
  void asksAgainForFundamentalsThatMayStillBeFiled() {
    // On 2024-03-11 a filing for a period up to 2024-03-08 can still come out.
    Clock soonAfter = Clock.fixed(Instant.parse("2024-03-11T16:00:00Z"), ZoneOffset.UTC);

    withCache(soonAfter, cache -> cache.financialMetrics("AAPL", MAR_8, 10));
    withCache(soonAfter, cache -> cache.financialMetrics("AAPL", MAR_8, 10));

    server.verify(2, getRequestedFor(urlPathEqualTo("/financial-metrics/")));
  }
}
