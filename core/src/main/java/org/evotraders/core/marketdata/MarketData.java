package org.evotraders.core.marketdata;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.evotraders.core.market.Bar;

/**
 * The port every market data adapter implements (CSV directory, synthetic market,
 * financialdatasets.ai, Finnhub, the SQLite cache in front of them). Date ranges are inclusive.
 * Adapters throw an unchecked exception naming the provider and request when a source fails; an
 * unknown ticker or an empty range is an empty list.
 *
 * <p>The rest of the system reads market data only through a {@link PointInTimeMarketData} bound to
 * a decision time.
 */
public interface MarketData {

  /** Returns daily bars with {@code from <= date <= to}, oldest first. */
  List<Bar> bars(String ticker, LocalDate from, LocalDate to);

  /**
   * Returns up to {@code limit} metric records with report period {@code <= reportPeriodTo}, newest
   * first.
   */
  List<FinancialMetrics> financialMetrics(String ticker, LocalDate reportPeriodTo, int limit);

  /**
   * Returns up to {@code limit} line-item records with report period {@code <= reportPeriodTo},
   * newest first.
   */
  List<LineItems> lineItems(String ticker, List<String> items, LocalDate reportPeriodTo, int limit);

  /** Returns insider trades filed in {@code [from, to]}, newest first. */
  List<InsiderTrade> insiderTrades(String ticker, LocalDate from, LocalDate to);

  /** Returns articles published on days in {@code [from, to]} (New York dates), newest first. */
  List<NewsArticle> news(String ticker, LocalDate from, LocalDate to);

  /** Returns the market capitalisation on a date, if the source knows it. */
  OptionalDouble marketCap(String ticker, LocalDate date);
}
