package org.evotraders.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;

class PointInTimeMarketDataTest {

  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 120;

  /**
   * Returns every datum it holds whatever the bounds, so the view alone must keep later data out.
   */
  private static final class LeakyMarketData implements MarketData {
    final List<Bar> bars = new ArrayList<>();
    final List<FinancialMetrics> metrics = new ArrayList<>();
    final List<LineItems> lineItems = new ArrayList<>();
    final List<InsiderTrade> trades = new ArrayList<>();
    final List<NewsArticle> news = new ArrayList<>();

    LeakyMarketData() {
      for (int d = 0; d < DAYS; d++) {
        LocalDate date = FIRST.plusDays(d);
        bars.add(new Bar("ACME", date, 10, 11, 9, 10, 100));
        // Filed 40 days after period end, as quarterly reports usually are.
        if (date.getDayOfMonth() == 1) {
          metrics.addFirst(
              new FinancialMetrics("ACME", date, "ttm", date.plusDays(40), Map.of("x", 1.0)));
          lineItems.addFirst(
              new LineItems("ACME", date, "ttm", date.plusDays(40), Map.of("revenue", 1.0)));
        }
        trades.addFirst(
            new InsiderTrade(
                "ACME",
                "Jane Roe",
                "CFO",
                false,
                date.minusDays(2),
                date,
                -5,
                10.0,
                -50.0,
                "Common Stock"));
        news.addFirst(
            new NewsArticle(
                "ACME",
                date.atTime(9, 30).atZone(PointInTimeMarketData.NEW_YORK).toInstant(),
                "ACME news",
                "Wire",
                "https://example.invalid/" + d,
                "Staff"));
      }
    }

    @Override
    public List<Bar> bars(String ticker, LocalDate from, LocalDate to) {
      return bars;
    }

    @Override
    public List<FinancialMetrics> financialMetrics(String ticker, LocalDate to, int limit) {
      return metrics.subList(0, Math.min(limit, metrics.size()));
    }

    @Override
    public List<LineItems> lineItems(String ticker, List<String> items, LocalDate to, int limit) {
      return lineItems.subList(0, Math.min(limit, lineItems.size()));
    }

    @Override
    public List<InsiderTrade> insiderTrades(String ticker, LocalDate from, LocalDate to) {
      return trades;
    }

    @Override
    public List<NewsArticle> news(String ticker, LocalDate from, LocalDate to) {
      return news;
    }

    @Override
    public OptionalDouble marketCap(String ticker, LocalDate date) {
      return OptionalDouble.empty();
    }
  }

  private final LeakyMarketData source = new LeakyMarketData();

  private static Instant newYork(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2024, month, day, hour, minute, 0, 0, PointInTimeMarketData.NEW_YORK)
        .toInstant();
  }

  @Test
  void keepsLaterDataOutEvenWhenTheAdapterIgnoresTheBounds() {
    var random = new Random(7);
    Instant start = FIRST.atStartOfDay(PointInTimeMarketData.NEW_YORK).toInstant();
    for (int i = 0; i < 500; i++) {
      Instant asOf = start.plusSeconds(random.nextLong(DAYS * 86_400L));
      var view = new PointInTimeMarketData(source, asOf);

      assertThat(view.bars("ACME", FIRST))
          .allMatch(b -> !PointInTimeMarketData.barAvailableAt(b.date()).isAfter(asOf));
      assertThat(view.financialMetrics("ACME", 50))
          .allMatch(m -> !PointInTimeMarketData.filingAvailableAt(m.filed()).isAfter(asOf));
      assertThat(view.lineItems("ACME", List.of("revenue"), 50))
          .allMatch(m -> !PointInTimeMarketData.filingAvailableAt(m.filed()).isAfter(asOf));
      assertThat(view.insiderTrades("ACME", FIRST))
          .allMatch(t -> !PointInTimeMarketData.filingAvailableAt(t.filingDate()).isAfter(asOf));
      assertThat(view.news("ACME", FIRST)).allMatch(n -> !n.published().isAfter(asOf));
    }
  }

  @Test
  void readsTheBarOfASessionFromItsCloseInNewYork() {
    var beforeClose = new PointInTimeMarketData(source, newYork(3, 8, 15, 59).plusSeconds(59));
    var atClose = beforeClose.at(newYork(3, 8, 16, 0));

    assertThat(beforeClose.latestBars("ACME", 1).getFirst().date()).isEqualTo("2024-03-07");
    assertThat(atClose.latestBars("ACME", 1).getFirst().date()).isEqualTo("2024-03-08");
  }

  @Test
  void usesTheNewYorkCloseAcrossTheDaylightSavingChange() {
    // 2024-03-11 is the first weekday on EDT: the close is 20:00 UTC, not 21:00 as the week before.
    assertThat(PointInTimeMarketData.barAvailableAt(LocalDate.of(2024, 3, 8)))
        .isEqualTo("2024-03-08T21:00:00Z");
    assertThat(PointInTimeMarketData.barAvailableAt(LocalDate.of(2024, 3, 11)))
        .isEqualTo("2024-03-11T20:00:00Z");
  }

  @Test
  void readsAFilingFromMidnightAfterItsFilingDay() {
    // The 2024-02-01 period is filed on 2024-03-12, readable from 2024-03-13 00:00 New York.
    var lastNightOfFilingDay = new PointInTimeMarketData(source, newYork(3, 12, 23, 59));
    var nextMidnight = lastNightOfFilingDay.at(newYork(3, 13, 0, 0));

    assertThat(lastNightOfFilingDay.financialMetrics("ACME", 1).getFirst().reportPeriod())
        .isEqualTo("2024-01-01");
    assertThat(nextMidnight.financialMetrics("ACME", 1).getFirst().reportPeriod())
        .isEqualTo("2024-02-01");
    assertThat(lastNightOfFilingDay.insiderTrades("ACME", FIRST).getFirst().filingDate())
        .isEqualTo("2024-03-11");
    assertThat(nextMidnight.insiderTrades("ACME", FIRST).getFirst().filingDate())
        .isEqualTo("2024-03-12");
  }

  @Test
  void readsNewsFromItsPublishedInstant() {
    Instant published = newYork(3, 12, 9, 30);
    var justBefore = new PointInTimeMarketData(source, published.minusNanos(1));
    var atPublication = justBefore.at(published);

    assertThat(justBefore.news("ACME", FIRST).getFirst().published())
        .isEqualTo(newYork(3, 11, 9, 30));
    assertThat(atPublication.news("ACME", FIRST).getFirst().published()).isEqualTo(published);
  }

  @Test
  void returnsTheWantedNumberOfRecordsWhenTheNewestPeriodIsNotFiledYet() {
    // On 2024-04-20 the 2024-04-01 period (filed 2024-05-11) is the source's newest but unfiled,
    // so the three wanted records are the three periods before it.
    var view = new PointInTimeMarketData(source, newYork(4, 20, 12, 0));

    assertThat(view.financialMetrics("ACME", 3))
        .extracting(FinancialMetrics::reportPeriod)
        .containsExactly(
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1));
  }

  @Test
  void returnsTheLastClosedBarsOldestFirst() {
    var view = new PointInTimeMarketData(source, newYork(4, 10, 17, 0));

    assertThat(view.latestBars("ACME", 3))
        .extracting(Bar::date)
        .containsExactly(
            LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 9), LocalDate.of(2024, 4, 10));
  }
}
