package org.evotraders.data.finnhub;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.evotraders.core.market.Bar;
import org.evotraders.core.market.Quote;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.NewsArticle;
import org.evotraders.core.marketdata.QuoteSource;
import org.evotraders.data.http.ProviderClient;
import org.evotraders.data.http.ProviderRequestException;

/**
 * Market data and live quotes from Finnhub. Basic financials and market cap are a snapshot of
 * today, so a backtest sees no fundamentals from Finnhub; statement line items are not offered.
 */
public final class FinnhubClient implements MarketData, QuoteSource {

  /** The provider's name in messages and as cache namespace. */
  public static final String PROVIDER = "Finnhub";

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final FinnhubConfig config;
  private final ProviderClient client;
  private final FinnhubJson json = new FinnhubJson();

  public FinnhubClient(FinnhubConfig config) {
    this.config = config;
    this.client =
        new ProviderClient(
            PROVIDER,
            config.baseUrl(),
            Map.of("X-Finnhub-Token", config.apiKey()),
            FinnhubConfig.KEY_VARIABLE,
            config.policy());
  }

  @Override
  public List<Bar> bars(String ticker, LocalDate from, LocalDate to) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("symbol", ticker);
    query.put("resolution", "D");
    query.put("from", Long.toString(from.atStartOfDay(NEW_YORK).toEpochSecond()));
    query.put("to", Long.toString(to.plusDays(1).atStartOfDay(NEW_YORK).toEpochSecond() - 1));
    return client
        .get("/stock/candle", query, body -> json.candles(body, ticker))
        .orElse(List.of())
        .stream()
        .filter(bar -> within(bar.date(), from, to))
        .sorted(Comparator.comparing(Bar::date))
        .toList();
  }

  /**
   * {@inheritDoc} At most one record: today's snapshot, if its quarter is on or before the date.
   */
  @Override
  public List<FinancialMetrics> financialMetrics(
      String ticker, LocalDate reportPeriodTo, int limit) {
    return basicFinancials(ticker)
        .filter(metrics -> limit > 0 && !metrics.reportPeriod().isAfter(reportPeriodTo))
        .stream()
        .toList();
  }

  /** Returns an empty list: Finnhub offers no statement line items on its standard plans. */
  @Override
  public List<LineItems> lineItems(
      String ticker, List<String> items, LocalDate reportPeriodTo, int limit) {
    return List.of();
  }

  @Override
  public List<InsiderTrade> insiderTrades(String ticker, LocalDate from, LocalDate to) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("symbol", ticker);
    query.put("from", from.toString());
    query.put("to", to.toString());
    return client
        .get("/stock/insider-transactions", query, body -> json.insiderTransactions(body, ticker))
        .orElse(List.of())
        .stream()
        .filter(trade -> trade.filingDate() != null && within(trade.filingDate(), from, to))
        .sorted(Comparator.comparing(InsiderTrade::filingDate).reversed())
        .toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Finnhub filters by UTC date, so the request reaches one day past {@code to} and the articles
   * are then kept by their New York date.
   */
  @Override
  public List<NewsArticle> news(String ticker, LocalDate from, LocalDate to) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("symbol", ticker);
    query.put("from", from.toString());
    query.put("to", to.plusDays(1).toString());
    return client
        .get("/company-news", query, body -> json.companyNews(body, ticker))
        .orElse(List.of())
        .stream()
        .filter(article -> within(article.published().atZone(NEW_YORK).toLocalDate(), from, to))
        .sorted(Comparator.comparing(NewsArticle::published).reversed())
        .toList();
  }

  /** {@inheritDoc} Known for today only; Finnhub's figure is in millions and scaled here. */
  @Override
  public OptionalDouble marketCap(String ticker, LocalDate date) {
    if (date.isBefore(today())) {
      return OptionalDouble.empty();
    }
    return basicFinancials(ticker)
        .map(metrics -> metrics.get("market_cap"))
        .orElse(OptionalDouble.empty());
  }

  @Override
  public Quote quote(String ticker) {
    Map<String, String> query = Map.of("symbol", ticker);
    return client
        .get("/quote", query, body -> json.quote(body, ticker))
        .flatMap(quote -> quote)
        .orElseThrow(
            () ->
                new ProviderRequestException(
                    PROVIDER,
                    "GET /quote?symbol=" + ticker,
                    200,
                    "Finnhub has no quote for " + ticker + ": check the ticker",
                    null));
  }

  private Optional<FinancialMetrics> basicFinancials(String ticker) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("symbol", ticker);
    query.put("metric", "all");
    return client
        .get("/stock/metric", query, body -> json.basicFinancials(body, ticker, today()))
        .flatMap(metrics -> metrics);
  }

  private LocalDate today() {
    return LocalDate.now(config.clock().withZone(NEW_YORK));
  }

  private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
