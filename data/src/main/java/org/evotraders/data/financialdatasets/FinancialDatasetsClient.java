package org.evotraders.data.financialdatasets;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Market data from financialdatasets.ai: daily prices (raw, not dividend-adjusted), trailing
 * twelve-month metrics and line items, SEC Form 4 insider trades, news and market cap; and live
 * quotes from its price snapshot. Every call is one or more HTTP requests; put a {@code
 * CachedMarketData} in front to keep the market data (never the quotes, which are live).
 */
public final class FinancialDatasetsClient implements MarketData, QuoteSource {

  /** The provider's name in messages and as cache namespace. */
  public static final String PROVIDER = "financialdatasets.ai";

  private static final String PERIOD = "ttm";
  private static final int MARKET_CAP_CANDIDATES = 4;

  private final FinancialDatasetsConfig config;
  private final ProviderClient client;
  private final FinancialDatasetsJson json = new FinancialDatasetsJson();

  public FinancialDatasetsClient(FinancialDatasetsConfig config) {
    this.config = config;
    this.client =
        new ProviderClient(
            PROVIDER,
            config.baseUrl(),
            config.hasKey() ? Map.of("X-API-KEY", config.apiKey()) : Map.of(),
            FinancialDatasetsConfig.KEY_VARIABLE,
            config.policy());
  }

  @Override
  public List<Bar> bars(String ticker, LocalDate from, LocalDate to) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ticker", ticker);
    query.put("interval", "day");
    query.put("interval_multiplier", "1");
    query.put("start_date", from.toString());
    query.put("end_date", to.toString());
    return client.get("/prices/", query, body -> json.bars(body, ticker)).orElse(List.of()).stream()
        .filter(bar -> within(bar.date(), from, to))
        .sorted(Comparator.comparing(Bar::date))
        .toList();
  }

  @Override
  public List<FinancialMetrics> financialMetrics(
      String ticker, LocalDate reportPeriodTo, int limit) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ticker", ticker);
    query.put("report_period_lte", reportPeriodTo.toString());
    query.put("limit", Integer.toString(limit));
    query.put("period", PERIOD);
    return client
        .get("/financial-metrics/", query, json::financialMetrics)
        .orElse(List.of())
        .stream()
        .sorted(Comparator.comparing(FinancialMetrics::reportPeriod).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<LineItems> lineItems(
      String ticker, List<String> items, LocalDate reportPeriodTo, int limit) {
    String search = json.lineItemSearch(ticker, items, reportPeriodTo, PERIOD, limit);
    return client
        .post("/financials/search/line-items", search, json::lineItems)
        .orElse(List.of())
        .stream()
        .filter(record -> !record.reportPeriod().isAfter(reportPeriodTo))
        .sorted(Comparator.comparing(LineItems::reportPeriod).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<InsiderTrade> insiderTrades(String ticker, LocalDate from, LocalDate to) {
    List<InsiderTrade> trades =
        BackwardPages.collect(
            from,
            to,
            config.pageSize(),
            InsiderTrade::filingDate,
            (start, end) -> insiderTradePage(ticker, start, end));
    return trades.stream()
        .sorted(Comparator.comparing(InsiderTrade::filingDate).reversed())
        .toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The provider filters by UTC date, so the request reaches one day past {@code to} and the
   * articles are then kept by their New York date.
   */
  @Override
  public List<NewsArticle> news(String ticker, LocalDate from, LocalDate to) {
    List<NewsArticle> articles =
        BackwardPages.collect(
            from,
            to.plusDays(1),
            config.pageSize(),
            article -> article.published().atZone(ZoneOffset.UTC).toLocalDate(),
            (start, end) -> newsPage(ticker, start, end));
    return articles.stream()
        .filter(article -> within(newYorkDate(article), from, to))
        .sorted(Comparator.comparing(NewsArticle::published).reversed())
        .toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Today's cap comes from the company facts. A past date takes the cap of the newest metrics
   * record already public on that date, so a backtest never sees a later figure.
   */
  @Override
  public OptionalDouble marketCap(String ticker, LocalDate date) {
    if (!date.isBefore(LocalDate.now(config.clock().withZone(FinancialDatasetsJson.NEW_YORK)))) {
      return client
          .get("/company/facts/", Map.of("ticker", ticker), json::companyMarketCap)
          .orElse(OptionalDouble.empty());
    }
    return financialMetrics(ticker, date, MARKET_CAP_CANDIDATES).stream()
        .filter(metrics -> !metrics.filed().isAfter(date))
        .map(metrics -> metrics.get("market_cap"))
        .filter(OptionalDouble::isPresent)
        .findFirst()
        .orElse(OptionalDouble.empty());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Asks the price snapshot, {@code GET /prices/snapshot/?ticker=}. It carries the price and its
   * change since the previous close, not the session's open, high or low: the quote's open, high
   * and low are 0 (unknown), and its previous close is the price less the day's change.
   */
  @Override
  public Quote quote(String ticker) {
    return client
        .get("/prices/snapshot/", Map.of("ticker", ticker), body -> json.snapshot(body, ticker))
        .flatMap(quote -> quote)
        .orElseThrow(
            () ->
                new ProviderRequestException(
                    PROVIDER,
                    "GET /prices/snapshot/?ticker=" + ticker,
                    200,
                    PROVIDER + " has no price snapshot of " + ticker + ": check the ticker",
                    null));
  }

  private List<InsiderTrade> insiderTradePage(String ticker, LocalDate start, LocalDate end) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ticker", ticker);
    query.put("filing_date_gte", start.toString());
    query.put("filing_date_lte", end.toString());
    query.put("limit", Integer.toString(config.pageSize()));
    return client.get("/insider-trades/", query, json::insiderTrades).orElse(List.of());
  }

  private List<NewsArticle> newsPage(String ticker, LocalDate start, LocalDate end) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ticker", ticker);
    query.put("start_date", start.toString());
    query.put("end_date", end.toString());
    query.put("limit", Integer.toString(config.pageSize()));
    return client.get("/news/", query, json::news).orElse(List.of());
  }

  private static LocalDate newYorkDate(NewsArticle article) {
    return article.published().atZone(FinancialDatasetsJson.NEW_YORK).toLocalDate();
  }

  private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
