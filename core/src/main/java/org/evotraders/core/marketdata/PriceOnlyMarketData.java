package org.evotraders.core.marketdata;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A source of daily bars only, such as a folder of CSV files: it knows no fundamentals, insider
 * trades, news or market capitalisation, so the analysts that need them report their tools as
 * unavailable.
 */
public interface PriceOnlyMarketData extends MarketData {

  @Override
  default List<FinancialMetrics> financialMetrics(
      String ticker, LocalDate reportPeriodTo, int limit) {
    return List.of();
  }

  @Override
  default List<LineItems> lineItems(
      String ticker, List<String> items, LocalDate reportPeriodTo, int limit) {
    return List.of();
  }

  @Override
  default List<InsiderTrade> insiderTrades(String ticker, LocalDate from, LocalDate to) {
    return List.of();
  }

  @Override
  default List<NewsArticle> news(String ticker, LocalDate from, LocalDate to) {
    return List.of();
  }

  @Override
  default OptionalDouble marketCap(String ticker, LocalDate date) {
    return OptionalDouble.empty();
  }
}
