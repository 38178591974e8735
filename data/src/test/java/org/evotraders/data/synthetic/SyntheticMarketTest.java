package org.evotraders.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.marketdata.NewsArticle;
import org.evotraders.core.marketdata.PointInTimeMarketData;
import org.junit.jupiter.api.Test;

class SyntheticMarketTest {

  private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  @Test
  void repeatsEverythingForTheSameSeedWhateverIsAskedFirst() {
    var first = SyntheticMarket.withSeed(42);
    var second = SyntheticMarket.withSeed(42);
    // The second market simulates a late window first, then everything else in reverse order.
    second.news("AAPL", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30));
    second.financialMetrics("NVDA", LocalDate.of(2019, 1, 1), 3);

    for (String ticker : List.of("TSLA", "AAPL")) {
      assertThat(second.insiderTrades(ticker, FROM, TO))
          .isEqualTo(first.insiderTrades(ticker, FROM, TO));
      assertThat(second.lineItems(ticker, List.of("revenue"), TO, 8))
          .isEqualTo(first.lineItems(ticker, List.of("revenue"), TO, 8));
      assertThat(second.financialMetrics(ticker, TO, 8))
          .isEqualTo(first.financialMetrics(ticker, TO, 8));
      assertThat(second.bars(ticker, FROM, TO)).isEqualTo(first.bars(ticker, FROM, TO));
      assertThat(second.news(ticker, FROM, TO)).isEqualTo(first.news(ticker, FROM, TO));
      assertThat(second.marketCap(ticker, TO)).isEqualTo(first.marketCap(ticker, TO));
    }
  }

  @Test
  void differsFromOneSeedToAnother() {
    List<Bar> one = SyntheticMarket.withSeed(1).bars("AAPL", FROM, TO);
    List<Bar> two = SyntheticMarket.withSeed(2).bars("AAPL", FROM, TO);

    assertThat(one).hasSameSizeAs(two);
    assertThat(one.getLast().close()).isNotEqualTo(two.getLast().close());
    assertThat(SyntheticMarket.withSeed(1).news("AAPL", FROM, TO))
        .isNotEqualTo(SyntheticMarket.withSeed(2).news("AAPL", FROM, TO));
  }

  @Test
  void startsTickersAtDifferentPricesBetween20And500() {
    var market = SyntheticMarket.withSeed(3);
    LocalDate first = SyntheticMarket.DEFAULT_FIRST_DATE;

    List<Double> starts =
        market.tickers().stream().map(t -> market.profile(t).startPrice()).toList();
    List<Double> firstOpens =
        market.tickers().stream().map(t -> market.bars(t, first, first).getFirst().open()).toList();

    assertThat(starts).allMatch(p -> p >= 20 && p <= 500).doesNotHaveDuplicates();
    assertThat(firstOpens).noneMatch(p -> p == 100.0).doesNotHaveDuplicates();
  }

  @Test
  void movesTickersTogetherThroughTheMarketFactor() {
    var market = SyntheticMarket.withSeed(11);
    LocalDate from = LocalDate.of(2010, 1, 1);
    List<String> tickers = List.copyOf(market.tickers());
    List<double[]> returns =
        tickers.stream().map(t -> logReturns(market.bars(t, from, from.plusDays(730)))).toList();
    assertThat(returns.getFirst().length).isGreaterThanOrEqualTo(500);

    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < returns.size(); i++) {
      for (int j = i + 1; j < returns.size(); j++) {
        double correlation = correlation(returns.get(i), returns.get(j));
        assertThat(correlation).as(tickers.get(i) + "/" + tickers.get(j)).isPositive();
        sum += correlation;
        pairs++;
      }
    }
    assertThat(sum / pairs).isGreaterThan(0.2);
  }

  @Test
  void hasFatTailedDailyReturns() {
    var market = SyntheticMarket.withSeed(5);

    for (String ticker : market.tickers()) {
      double[] returns = logReturns(market.bars(ticker, FROM, TO));
      // A normal distribution has kurtosis 3; daily stock returns have more.
      assertThat(kurtosis(returns)).as(ticker).isGreaterThan(3.5);
    }
  }

  @Test
  void keepsEveryBarConsistent() {
    for (Bar bar : SyntheticMarket.withSeed(9).bars("TSLA", FROM, TO)) {
      assertThat(bar.high()).isGreaterThanOrEqualTo(Math.max(bar.open(), bar.close()));
      assertThat(bar.low()).isLessThanOrEqualTo(Math.min(bar.open(), bar.close()));
      assertThat(bar.volume()).isPositive();
    }
  }

  @Test
  void tradesOnlyOnTheSessionsOfTheGivenCalendar() {
    var weekdays = SyntheticMarket.withSeed(4).bars("AAPL", FROM, TO);
    var noFridays =
        SyntheticMarket.builder(4)
            .sessions(d -> d.getDayOfWeek().getValue() <= 4)
            .build()
            .bars("AAPL", FROM, TO);
    var listed =
        SyntheticMarket.builder(4)
            .sessions(
                List.of(
                    LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 2), LocalDate.of(2024, 7, 5)))
            .build()
            .bars("AAPL", FROM, TO);

    assertThat(weekdays)
        .allMatch(
            b ->
                b.date().getDayOfWeek() != DayOfWeek.SATURDAY
                    && b.date().getDayOfWeek() != DayOfWeek.SUNDAY)
        .anyMatch(b -> b.date().getDayOfWeek() == DayOfWeek.FRIDAY);
    assertThat(noFridays).noneMatch(b -> b.date().getDayOfWeek().getValue() >= 5).isNotEmpty();
    assertThat(listed)
        .extracting(Bar::date)
        .containsExactly(
            LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 2), LocalDate.of(2024, 7, 5));
  }

  @Test
  void usesAConfiguredProfileAndKnowsOnlyItsUniverse() {
    var market =
        SyntheticMarket.builder(8)
            .ticker("acme", new TickerProfile(50, 0.0, 0.2, 1.0))
            .firstDate(LocalDate.of(2020, 1, 2))
            .build();

    assertThat(market.tickers()).containsExactly("ACME");
    assertThat(market.bars("ACME", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 2)))
        .singleElement()
        .satisfies(bar -> assertThat(bar.open()).isCloseTo(50, within(50 * 0.1)));
    assertThat(market.bars("AAPL", FROM, TO)).isEmpty();
  }

  @Test
  void valuesTheCompanyAtTheSimulatedCloseOfTheReportPeriod() {
    var market = SyntheticMarket.withSeed(21);

    for (FinancialMetrics metrics : market.financialMetrics("JPM", TO, 12)) {
      LocalDate period = metrics.reportPeriod();
      LineItems items =
          market
              .lineItems("JPM", List.of("outstanding_shares", "net_income", "revenue"), period, 1)
              .getFirst();
      double close = market.bars("JPM", period.minusDays(10), period).getLast().close();
      double marketCap = items.get("outstanding_shares").orElseThrow() * close;

      assertThat(metrics.filed()).isEqualTo(period.plusDays(40));
      assertThat(metrics.period()).isEqualTo("ttm");
      assertThat(metrics.get("market_cap").orElseThrow()).isCloseTo(marketCap, within(1.0));
      assertThat(market.marketCap("JPM", period).orElseThrow()).isCloseTo(marketCap, within(1.0));
      assertThat(metrics.get("price_to_sales_ratio").orElseThrow())
          .isCloseTo(marketCap / items.get("revenue").orElseThrow(), within(1e-9));
      double netIncome = items.get("net_income").orElseThrow();
      if (netIncome > 0) {
        assertThat(metrics.get("price_to_earnings_ratio").orElseThrow())
            .isCloseTo(marketCap / netIncome, within(1e-9));
      } else {
        assertThat(metrics.get("price_to_earnings_ratio")).isEmpty();
      }
    }
  }

  @Test
  void reportsEveryFigureTheAnalystsAskFor() {
    var market = SyntheticMarket.withSeed(22);
    List<String> items =
        List.of(
            "free_cash_flow",
            "net_income",
            "depreciation_and_amortization",
            "capital_expenditure",
            "working_capital",
            "ebitda",
            "total_debt",
            "cash_and_equivalents",
            "shareholders_equity",
            "outstanding_shares",
            "revenue");

    FinancialMetrics metrics = market.financialMetrics("AMZN", TO, 1).getFirst();
    LineItems lineItems = market.lineItems("AMZN", items, TO, 1).getFirst();

    assertThat(metrics.reportPeriod()).isEqualTo("2024-12-31");
    assertThat(metrics.values())
        .containsKeys(
            "return_on_equity",
            "net_margin",
            "operating_margin",
            "revenue_growth",
            "earnings_growth",
            "book_value_growth",
            "current_ratio",
            "debt_to_equity",
            "free_cash_flow_per_share",
            "earnings_per_share",
            "price_to_book_ratio",
            "price_to_sales_ratio",
            "asset_turnover",
            "inventory_turnover",
            "receivables_turnover",
            "working_capital_turnover",
            "market_cap",
            "enterprise_value");
    assertThat(lineItems.values()).containsOnlyKeys(items);
    assertThat(lineItems.get("capital_expenditure").orElseThrow()).isNegative();
    assertThat(market.lineItems("AMZN", List.of("no_such_item"), TO, 1).getFirst().values())
        .isEmpty();
  }

  @Test
  void filesPurchasesSalesAndGrantsWithinTwoBusinessDays() {
    List<InsiderTrade> trades = SyntheticMarket.withSeed(13).insiderTrades("NVDA", FROM, TO);

    assertThat(trades).hasSizeBetween(20, 200);
    assertThat(trades).anyMatch(t -> t.shares() > 0 && t.pricePerShare() != null);
    assertThat(trades).anyMatch(t -> t.shares() < 0 && t.pricePerShare() != null);
    assertThat(trades)
        .anyMatch(t -> t.pricePerShare() == null && t.value() == null && t.shares() > 0);
    assertThat(trades)
        .allMatch(
            t ->
                t.filingDate().isAfter(t.transactionDate())
                    && !t.filingDate().isAfter(t.transactionDate().plusDays(4)));
  }

  @Test
  void writesMorePositiveHeadlinesAfterRalliesThanAfterSlides() {
    var market = SyntheticMarket.withSeed(17);
    double afterRally = 0;
    double afterSlide = 0;
    int rallies = 0;
    int slides = 0;
    for (String ticker : market.tickers()) {
      List<Bar> bars = market.bars(ticker, FROM, TO);
      for (int i = 5; i + 1 < bars.size(); i++) {
        double weekReturn = bars.get(i).close() / bars.get(i - 5).close() - 1;
        LocalDate next = bars.get(i + 1).date();
        double tone =
            market.news(ticker, next, next).stream().mapToDouble(a -> tone(a.title())).sum();
        if (weekReturn > 0.05) {
          afterRally += tone;
          rallies++;
        } else if (weekReturn < -0.05) {
          afterSlide += tone;
          slides++;
        }
      }
    }

    assertThat(rallies).isGreaterThan(100);
    assertThat(slides).isGreaterThan(100);
    assertThat(afterRally / rallies).isPositive();
    assertThat(afterSlide / slides).isNegative();
  }

  @Test
  void becomesReadableThroughAPointInTimeViewExactlyWhenPublic() {
    var market = SyntheticMarket.withSeed(31);
    FinancialMetrics report =
        market.financialMetrics("XOM", LocalDate.of(2023, 6, 30), 1).getFirst();
    InsiderTrade trade = market.insiderTrades("XOM", FROM, TO).getFirst();
    NewsArticle article = market.news("XOM", FROM, TO).getFirst();
    var view = new PointInTimeMarketData(market, Instant.EPOCH);

    // A filing is readable from midnight New York after its filing day, an article when published.
    Instant reportPublic = PointInTimeMarketData.filingAvailableAt(report.filed());
    assertThat(view.at(reportPublic).financialMetrics("XOM", 1)).containsExactly(report);
    assertThat(view.at(reportPublic.minusNanos(1)).financialMetrics("XOM", 1))
        .extracting(FinancialMetrics::reportPeriod)
        .containsExactly(report.reportPeriod().minusMonths(3).withDayOfMonth(31));
    Instant tradePublic = PointInTimeMarketData.filingAvailableAt(trade.filingDate());
    assertThat(view.at(tradePublic).insiderTrades("XOM", FROM)).startsWith(trade);
    assertThat(view.at(tradePublic.minusNanos(1)).insiderTrades("XOM", FROM)).doesNotContain(trade);
    assertThat(view.at(article.published()).news("XOM", FROM)).startsWith(article);
    assertThat(view.at(article.published().minusNanos(1)).news("XOM", FROM))
        .doesNotContain(article);
  }

  private static double tone(String title) {
    boolean positive =
        HeadlineBank.UP.stream().anyMatch(title::contains)
            || HeadlineBank.GOOD.stream().anyMatch(title::contains);
    boolean negative =
        HeadlineBank.DOWN.stream().anyMatch(title::contains)
            || HeadlineBank.BAD.stream().anyMatch(title::contains);
    return (positive ? 1 : 0) - (negative ? 1 : 0);
  }

  private static double[] logReturns(List<Bar> bars) {
    var returns = new ArrayList<Double>();
    for (int i = 1; i < bars.size(); i++) {
      returns.add(Math.log(bars.get(i).close() / bars.get(i - 1).close()));
    }
    return returns.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Returns the fourth standardised moment (3 for a normal distribution). */
  private static double kurtosis(double[] values) {
    double m = mean(values);
    double second = 0;
    double fourth = 0;
    for (double v : values) {
      double d = (v - m) * (v - m);
      second += d;
      fourth += d * d;
    }
    second /= values.length;
    fourth /= values.length;
    return fourth / (second * second);
  }
}
