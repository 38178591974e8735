package org.evotraders.data.cache;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.NewsArticle;

/**
 * The bars stored in the cache under one provider, read without any network source behind them:
 * what {@code evotraders data import --csv} put there. A price-only source: fundamentals, insider
 * trades, news and market cap are empty.
 */
public final class StoredMarketData implements MarketData {

  private final MarketDataStore store;
  private final String provider;

  public StoredMarketData(MarketDataStore store, String provider) {
    this.store = store;
    this.provider = provider;
  }

  @Override
  public List<Bar> bars(String ticker, LocalDate from, LocalDate to) {
    return to.isBefore(from) ? List.of() : store.bars(provider, ticker, from, to);
  }

  @Override
  public List<FinancialMetrics> financialMetrics(
      String ticker, LocalDate reportPeriodTo, int limit) {
    return List.of();
  }

  @Override
  public List<LineItems> lineItems(
      String ticker, List<String> items, LocalDate reportPeriodTo, int limit) {
    return List.of();
  }

  @Override
  public List<InsiderTrade> insiderTrades(String ticker, LocalDate from, LocalDate to) {
    return List.of();
  }

  @Override
  public List<NewsArticle> news(String ticker, LocalDate from, LocalDate to) {
    return List.of();
  }

  @Override
  public OptionalDouble marketCap(String ticker, LocalDate date) {
    return OptionalDouble.empty();
  }
}
