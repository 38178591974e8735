package org.evotraders.data.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.NewsArticle;

/**
 * Puts a {@link MarketDataStore} in front of a provider. Bars of settled days (before today in New
 * York) are fetched once per date range, gaps only, and then read from the store; today's bar is
 * always fetched. Other answers are remembered per request once nothing can change them any more.
 */
public final class CachedMarketData implements MarketData {

  /**
   * Days after a report period by which every filing for it is in: the SEC's latest 10-K deadline
   * (90 days) plus a margin for late filers.
   */
  static final int FUNDAMENTALS_SETTLE_DAYS = 120;

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final MarketData source;
  private final String provider;
  private final MarketDataStore store;
  private final RememberedAnswers answers;
  private final Clock clock;

  /**
   * @param provider the source's name, the namespace of its data in the store
   */
  public CachedMarketData(MarketData source, String provider, MarketDataStore store, Clock clock) {
    this.source = source;
    this.provider = provider;
    this.store = store;
    this.answers = new RememberedAnswers(store, provider);
    this.clock = clock;
  }

  public CachedMarketData(MarketData source, String provider, MarketDataStore store) {
    this(source, provider, store, Clock.systemUTC());
  }

  @Override
  public List<Bar> bars(String ticker, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return List.of();
    }
    LocalDate lastSettled = today().minusDays(1);
    if (!from.isAfter(lastSettled)) {
      DateRange settled = new DateRange(from, to.isAfter(lastSettled) ? lastSettled : to);
      for (DateRange gap : settled.minus(store.fetchedRanges(provider, ticker))) {
        store.storeBars(provider, source.bars(ticker, gap.first(), gap.last()));
        store.recordFetched(provider, ticker, gap);
      }
    }
    if (to.isAfter(lastSettled)) {
      LocalDate liveFrom = from.isAfter(lastSettled) ? from : lastSettled.plusDays(1);
      store.storeBars(provider, source.bars(ticker, liveFrom, to));
    }
    return store.bars(provider, ticker, from, to);
  }

  @Override
  public List<FinancialMetrics> financialMetrics(
      String ticker, LocalDate reportPeriodTo, int limit) {
    return answers.recall(
        "financial_metrics",
        String.join("|", ticker, reportPeriodTo.toString(), Integer.toString(limit)),
        fundamentalsSettled(reportPeriodTo),
        new TypeReference<List<FinancialMetrics>>() {},
        () -> source.financialMetrics(ticker, reportPeriodTo, limit));
  }

  @Override
  public List<LineItems> lineItems(
      String ticker, List<String> items, LocalDate reportPeriodTo, int limit) {
    return answers.recall(
        "line_items",
        String.join(
            "|",
            ticker,
            String.join(",", items),
            reportPeriodTo.toString(),
            Integer.toString(limit)),
        fundamentalsSettled(reportPeriodTo),
        new TypeReference<List<LineItems>>() {},
        () -> source.lineItems(ticker, items, reportPeriodTo, limit));
  }

  @Override
  public List<InsiderTrade> insiderTrades(String ticker, LocalDate from, LocalDate to) {
    return answers.recall(
        "insider_trades",
        String.join("|", ticker, from.toString(), to.toString()),
        to.isBefore(today()),
        new TypeReference<List<InsiderTrade>>() {},
        () -> source.insiderTrades(ticker, from, to));
  }

  @Override
  public List<NewsArticle> news(String ticker, LocalDate from, LocalDate to) {
    return answers.recall(
        "news",
        String.join("|", ticker, from.toString(), to.toString()),
        to.isBefore(today()),
        new TypeReference<List<NewsArticle>>() {},
        () -> source.news(ticker, from, to));
  }

  @Override
  public OptionalDouble marketCap(String ticker, LocalDate date) {
    Double cap =
        answers.recall(
            "market_cap",
            String.join("|", ticker, date.toString()),
            date.isBefore(today()),
            new TypeReference<Double>() {},
            () -> {
              OptionalDouble fetched = source.marketCap(ticker, date);
              return fetched.isPresent() ? fetched.getAsDouble() : null;
            });
    return cap == null ? OptionalDouble.empty() : OptionalDouble.of(cap);
  }

  private boolean fundamentalsSettled(LocalDate reportPeriodTo) {
    return reportPeriodTo.plusDays(FUNDAMENTALS_SETTLE_DAYS).isBefore(today());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(NEW_YORK));
  }
}
