package org.evotraders.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.NewsArticle;
import org.evotraders.core.marketdata.PointInTimeMarketData;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MarketData} adapter promises, and that a {@link PointInTimeMarketData} over it
 * never shows a datum before it was public. A subclass per adapter supplies the market and a ticker
 * it knows over a period it covers.
 */
public abstract class MarketDataContractTest {

  protected abstract MarketData market();

  /** Returns a ticker with bars on every session of {@link #from()}..{@link #to()}. */
  protected abstract String knownTicker();

  protected abstract LocalDate from();

  protected abstract LocalDate to();

  private static final List<String> ITEMS = List.of("revenue", "net_income", "free_cash_flow");

  @Test
  public void returnsBarsOldestFirstWithStrictlyIncreasingDates() {
    List<Bar> bars = market().bars(knownTicker(), from(), to());

    assertThat(bars).hasSizeGreaterThan(100);
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i).date()).isAfter(bars.get(i - 1).date());
    }
    assertThat(bars).allMatch(b -> b.ticker().equals(knownTicker()));
  }

  @Test
  public void includesBothEndsOfTheRange() {
    List<Bar> all = market().bars(knownTicker(), from(), to());
    LocalDate second = all.get(1).date();
    LocalDate tenth = all.get(9).date();

    List<Bar> bars = market().bars(knownTicker(), second, tenth);

    assertThat(bars)
        .extracting(Bar::date)
        .containsExactlyElementsOf(all.subList(1, 10).stream().map(Bar::date).toList());
    assertThat(market().bars(knownTicker(), tenth, tenth))
        .extracting(Bar::date)
        .containsExactly(tenth);
  }

  @Test
  public void returnsNothingWhenTheRangeIsEmpty() {
    assertThat(market().bars(knownTicker(), to(), from())).isEmpty();
  }

  @Test
  public void knowsNothingOfAnUnknownTicker() {
    var market = market();
    String unknown = "NOSUCHTICKER";

    assertThat(market.bars(unknown, from(), to())).isEmpty();
    assertThat(market.financialMetrics(unknown, to(), 10)).isEmpty();
    assertThat(market.lineItems(unknown, ITEMS, to(), 10)).isEmpty();
    assertThat(market.insiderTrades(unknown, from(), to())).isEmpty();
    assertThat(market.news(unknown, from(), to())).isEmpty();
    assertThat(market.marketCap(unknown, to())).isEmpty();
  }

  @Test
  public void returnsRecordsNewestFirstWithinTheRequest() {
    var market = market();
    List<FinancialMetrics> metrics = market.financialMetrics(knownTicker(), to(), 6);
    List<LineItems> items = market.lineItems(knownTicker(), ITEMS, to(), 6);
    List<InsiderTrade> trades = market.insiderTrades(knownTicker(), from(), to());
    List<NewsArticle> news = market.news(knownTicker(), from(), to());

    assertThat(metrics)
        .hasSizeLessThanOrEqualTo(6)
        .allMatch(m -> !m.reportPeriod().isAfter(to()))
        .isSortedAccordingTo((a, b) -> b.reportPeriod().compareTo(a.reportPeriod()));
    assertThat(items)
        .hasSizeLessThanOrEqualTo(6)
        .allMatch(m -> !m.reportPeriod().isAfter(to()))
        .isSortedAccordingTo((a, b) -> b.reportPeriod().compareTo(a.reportPeriod()));
    assertThat(trades)
        .allMatch(t -> !t.filingDate().isBefore(from()) && !t.filingDate().isAfter(to()))
        .isSortedAccordingTo((a, b) -> b.filingDate().compareTo(a.filingDate()));
    assertThat(news)
        .allMatch(
            n -> {
              LocalDate day = n.published().atZone(PointInTimeMarketData.NEW_YORK).toLocalDate();
              return !day.isBefore(from()) && !day.isAfter(to());
            })
        .isSortedAccordingTo((a, b) -> b.published().compareTo(a.published()));
  }

  @Test
  public void showsNoDatumOfAnyKindBeforeItWasPublic() {
    var random = new Random(20240301);
    Instant start = from().atStartOfDay(PointInTimeMarketData.NEW_YORK).toInstant();
    long seconds =
        to().plusDays(1).atStartOfDay(PointInTimeMarketData.NEW_YORK).toInstant().getEpochSecond()
            - start.getEpochSecond();
    var view = new PointInTimeMarketData(market(), start);
    int barsSeen = 0;
    for (int i = 0; i < 200; i++) {
      Instant asOf =
          start.plusSeconds(random.nextLong(seconds)).plusNanos(random.nextInt(1_000_000_000));
      view = view.at(asOf);

      List<Bar> bars = view.bars(knownTicker(), from());
      barsSeen += bars.size();
      assertThat(bars).allMatch(b -> !PointInTimeMarketData.barAvailableAt(b.date()).isAfter(asOf));
      assertThat(view.latestBars(knownTicker(), 5))
          .allMatch(b -> !PointInTimeMarketData.barAvailableAt(b.date()).isAfter(asOf));
      assertThat(view.financialMetrics(knownTicker(), 8))
          .allMatch(m -> !PointInTimeMarketData.filingAvailableAt(m.filed()).isAfter(asOf));
      assertThat(view.lineItems(knownTicker(), ITEMS, 8))
          .allMatch(m -> !PointInTimeMarketData.filingAvailableAt(m.filed()).isAfter(asOf));
      assertThat(view.insiderTrades(knownTicker(), from()))
          .allMatch(t -> !PointInTimeMarketData.filingAvailableAt(t.filingDate()).isAfter(asOf));
      assertThat(view.news(knownTicker(), from())).allMatch(n -> !n.published().isAfter(asOf));
    }
    assertThat(barsSeen).as("the views saw bars at all").isPositive();
  }

  @Test
  public void showsTheBarOfASessionFromItsCloseOn() {
    LocalDate session = market().bars(knownTicker(), from(), to()).get(20).date();
    Instant close = PointInTimeMarketData.barAvailableAt(session);
    var atClose = new PointInTimeMarketData(market(), close);

    assertThat(atClose.latestBars(knownTicker(), 1)).extracting(Bar::date).containsExactly(session);
    assertThat(atClose.at(close.minusNanos(1)).latestBars(knownTicker(), 1))
        .extracting(Bar::date)
        .allMatch(date -> date.isBefore(session))
        .hasSize(1);
  }
}
