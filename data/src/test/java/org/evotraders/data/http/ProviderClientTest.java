package org.evotraders.data.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderClientTest {

  private static final String KEY = "secret-key-123";
  private static final HttpPolicy FAST =
      HttpPolicy.perMinute(60_000)
          .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(50))
          .withRequestTimeout(Duration.ofSeconds(5));

  private final WireMockServer server = new WireMockServer(options().dynamicPort());

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private ProviderClient client(HttpPolicy policy) {
    return new ProviderClient(
        "Acme Data",
        URI.create(server.baseUrl()),
        Map.of("X-API-KEY", KEY),
        "ACME_API_KEY",
        policy);
  }

  private static Map<String, String> aaplQuery() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ticker", "AAPL");
    query.put("end_date", "2024-03-08");
    return query;
  }

  private void stubInSequence(
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder then) {
    server.stubFor(
        get(urlPathEqualTo("/prices/"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("recovered"));
    server.stubFor(
        get(urlPathEqualTo("/prices/"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(then));
  }

  @Test
  void retriesA429AndReturnsTheAnswerThatFollows() {
    stubInSequence(aResponse().withStatus(429), okJson("{\"prices\":[]}"));

    String body = client(FAST).get("/prices/", aaplQuery(), text -> text).orElseThrow();

    assertThat(body).isEqualTo("{\"prices\":[]}");
    server.verify(2, getRequestedFor(urlPathEqualTo("/prices/")));
  }

  @Test
  void givesUpAfterRepeated503sNamingTheProviderTheRequestAndTheStatus() {
    server.stubFor(get(urlPathEqualTo("/prices/")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client(FAST).get("/prices/", aaplQuery(), text -> text))
        .isInstanceOfSatisfying(
            ProviderRequestException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.provider()).isEqualTo("Acme Data");
              assertThat(e.request()).isEqualTo("GET /prices/?ticker=AAPL&end_date=2024-03-08");
            })
        .hasMessageContaining("Acme Data")
        .hasMessageContaining("GET /prices/?ticker=AAPL&end_date=2024-03-08")
        .hasMessageContaining("after 3 attempts")
        .hasMessageContaining("503")
        .hasMessageNotContaining(KEY);
    server.verify(3, getRequestedFor(urlPathEqualTo("/prices/")));
  }

  @Test
  void retriesARequestThatTimesOut() {
    stubInSequence(okJson("{}").withFixedDelay(2_000), okJson("{\"ok\":true}"));
    HttpPolicy impatient = FAST.withRequestTimeout(Duration.ofMillis(300));

    String body = client(impatient).get("/prices/", aaplQuery(), text -> text).orElseThrow();

    assertThat(body).isEqualTo("{\"ok\":true}");
    server.verify(2, getRequestedFor(urlPathEqualTo("/prices/")));
  }

  @Test
  void doesNotRetryAClientError() {
    server.stubFor(
        get(urlPathEqualTo("/prices/"))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad ticker\"}")));

    assertThatThrownBy(() -> client(FAST).get("/prices/", aaplQuery(), text -> text))
        .isInstanceOfSatisfying(
            ProviderRequestException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("HTTP 400")
        .hasMessageContaining("bad ticker");
    server.verify(1, getRequestedFor(urlPathEqualTo("/prices/")));
  }

  @Test
  void answersEmptyForA404() {
    server.stubFor(get(urlPathEqualTo("/prices/")).willReturn(aResponse().withStatus(404)));

    assertThat(client(FAST).get("/prices/", aaplQuery(), text -> text)).isEmpty();
  }

  @Test
  void namesTheKeyVariableWhenTheKeyIsRefusedWithoutShowingTheKey() {
    server.stubFor(get(urlPathEqualTo("/prices/")).willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> client(FAST).get("/prices/", aaplQuery(), text -> text))
        .isInstanceOf(ProviderAuthenticationException.class)
        .hasMessageContaining("check ACME_API_KEY")
        .hasMessageNotContaining(KEY);
    server.verify(1, getRequestedFor(urlPathEqualTo("/prices/")));
  }

  @Test
  void waitsAsLongAsRetryAfterAsks() {
    stubInSequence(aResponse().withStatus(429).withHeader("Retry-After", "1"), okJson("{}"));
    HttpPolicy patient = FAST.withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(5));

    long started = System.nanoTime();
    client(patient).get("/prices/", aaplQuery(), text -> text);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(950));
  }

  @Test
  void capsTheRetryAfterWaitAtTheMaximumBackoff() {
    stubInSequence(aResponse().withStatus(429).withHeader("Retry-After", "3600"), okJson("{}"));

    long started = System.nanoTime();
    client(FAST).get("/prices/", aaplQuery(), text -> text);

    // The server asked for an hour; the policy caps every wait at 50 ms.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    server.verify(2, getRequestedFor(urlPathEqualTo("/prices/")));
  }

  @Test
  void spacesRequestsEvenlyAtTheAllowedRate() {
    server.stubFor(get(urlPathEqualTo("/prices/")).willReturn(okJson("{}")));
    // 600 a minute is one every 100 ms: five requests need at least four gaps.
    ProviderClient limited = client(HttpPolicy.perMinute(600));

    long started = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      limited.get("/prices/", aaplQuery(), text -> text);
    }

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(350));
    server.verify(5, getRequestedFor(urlPathEqualTo("/prices/")));
  }

  @Test
  void sendsTheKeyAsAHeaderOnly() {
    server.stubFor(get(urlPathEqualTo("/prices/")).willReturn(okJson("{}")));

    client(FAST).get("/prices/", aaplQuery(), text -> text);

    server.verify(
        getRequestedFor(urlPathEqualTo("/prices/"))
            .withHeader("X-API-KEY", com.github.tomakehurst.wiremock.client.WireMock.equalTo(KEY)));
    assertThat(server.getAllServeEvents().getFirst().getRequest().getUrl()).doesNotContain(KEY);
  }
}
