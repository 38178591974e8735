package org.evotraders.core.marketdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.evotraders.core.market.Bar;

/**
 * A {@link MarketData} seen from one decision instant: nothing dated after {@link #asOf()} can be
 * read through it. This is the only way the rest of the system reads market data.
 *
 * <p>When a datum becomes readable (all local times in America/New_York):
 *
 * <ul>
 *   <li>the bar of session {@code D} at {@code D 16:00}, the regular close (also on early-close
 *       days, which errs on the late side);
 *   <li>financial metrics and line items filed on {@code D}, and insider trades with filing date
 *       {@code D}, at {@code D+1 00:00}: a filing carries only a date, and one made after the close
 *       of {@code D} must not reach a decision taken at that close;
 *   <li>a news article at its published instant;
 *   <li>a market capitalisation on {@code D} with the bar of {@code D}.
 * </ul>
 *
 * Each rule is inclusive: a datum is readable at exactly its instant. The view filters what the
 * adapter returns by these rules instead of trusting the adapter's date bounds.
 */
public final class PointInTimeMarketData {

  /** The zone of the exchange whose sessions and filing dates the rules above refer to. */
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final LocalTime CLOSE = LocalTime.of(16, 0);
  private static final int FIRST_EXTRA_RECORDS = 8;
  private static final long MAX_LOOKBACK_DAYS = 100L * 366;
  private final MarketData source;
  private final Instant asOf;

  public PointInTimeMarketData(MarketData source, Instant asOf) {
    this.source = Objects.requireNonNull(source, "point-in-time view needs a market data source");
    this.asOf = Objects.requireNonNull(asOf, "point-in-time view needs a decision instant");
  }

  /**
   * Returns the instant at which the bar of a session becomes readable: its 16:00 New York close.
   */
  public static Instant barAvailableAt(LocalDate session) {
    return session.atTime(CLOSE).atZone(NEW_YORK).toInstant();
  }

  /**
   * Returns the instant at which a filing dated {@code filed} becomes readable: the next NY
   * midnight.
   */
  public static Instant filingAvailableAt(LocalDate filed) {
    return filed.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
  }

  /** Returns the decision instant this view is bound to. */
  public Instant asOf() {
    return asOf;
  }

  /** Returns a view of the same source bound to another decision instant. */
  public PointInTimeMarketData at(Instant instant) {
    return new PointInTimeMarketData(source, instant);
  }

  /** Returns the latest date whose session close is at or before {@link #asOf()}. */
  public LocalDate lastClosedDate() {
    var local = asOf.atZone(NEW_YORK);
    return local.toLocalTime().isBefore(CLOSE)
        ? local.toLocalDate().minusDays(1)
        : local.toLocalDate();
  }

  /** Returns the latest filing date readable at {@link #asOf()}. */
  private LocalDate lastReadableFilingDate() {
    return asOf.atZone(NEW_YORK).toLocalDate().minusDays(1);
  }

  /** Returns the bars of sessions from {@code from} to the last closed one, oldest first. */
  public List<Bar> bars(String ticker, LocalDate from) {
    LocalDate to = lastClosedDate();
    if (from.isAfter(to)) {
      return List.of();
    }
    return closedBy(source.bars(ticker, from, to), to);
  }

  /** Returns up to the last {@code count} closed bars, oldest first. */
  public List<Bar> latestBars(String ticker, int count) {
    if (count <= 0) {
      return List.of();
    }
    LocalDate to = lastClosedDate();
    // Calendar days per session is about 7/5; widen the window until history runs out.
    long span = count * 3L / 2 + 10;
    List<Bar> bars = bars(ticker, to.minusDays(span));
    while (bars.size() < count && span < MAX_LOOKBACK_DAYS) {
      span *= 2;
      int before = bars.size();
      bars = bars(ticker, to.minusDays(span));
      if (bars.size() == before && span > 366) {
        break;
      }
    }
    // bars() returns an unmodifiable list, so its tail needs no copy of its own.
    return bars.subList(Math.max(0, bars.size() - count), bars.size());
  }

  /** Returns up to {@code limit} metric records already filed, newest report period first. */
  public List<FinancialMetrics> financialMetrics(String ticker, int limit) {
    return filed(
        requested -> source.financialMetrics(ticker, lastReadableFilingDate(), requested),
        FinancialMetrics::filed,
        limit);
  }

  /** Returns up to {@code limit} line-item records already filed, newest report period first. */
  public List<LineItems> lineItems(String ticker, List<String> items, int limit) {
    return filed(
        requested -> source.lineItems(ticker, items, lastReadableFilingDate(), requested),
        LineItems::filed,
        limit);
  }

  /** Returns insider trades filed from {@code from} and readable now, newest first. */
  public List<InsiderTrade> insiderTrades(String ticker, LocalDate from) {
    LocalDate to = lastReadableFilingDate();
    if (from.isAfter(to)) {
      return List.of();
    }
    return readable(
        source.insiderTrades(ticker, from, to), trade -> filingAvailableAt(trade.filingDate()));
  }

  /**
   * Returns articles published from the start of {@code from} (New York) up to now, newest first.
   */
  public List<NewsArticle> news(String ticker, LocalDate from) {
    LocalDate to = asOf.atZone(NEW_YORK).toLocalDate();
    if (from.isAfter(to)) {
      return List.of();
    }
    return readable(source.news(ticker, from, to), NewsArticle::published);
  }

  /** Returns the market capitalisation at the last closed date, if the source knows it. */
  public OptionalDouble marketCap(String ticker) {
    return source.marketCap(ticker, lastClosedDate());
  }

  /**
   * Keeps the bars readable at {@link #asOf()}. A bar is readable at its session's 16:00 close,
   * which is at or before the decision instant exactly when its date is at or before the last
   * closed date (16:00 never falls in a daylight-saving transition), so dates are compared instead
   * of building an instant per bar; the common case, every bar readable, copies the list once.
   */
  private static List<Bar> closedBy(List<Bar> data, LocalDate lastClosed) {
    for (Bar bar : data) {
      if (bar.date().isAfter(lastClosed)) {
        return data.stream().filter(b -> !b.date().isAfter(lastClosed)).toList();
      }
    }
    return List.copyOf(data);
  }

  private <T> List<T> readable(List<T> data, Function<T, Instant> availableAt) {
    List<T> result = new ArrayList<>(data.size());
    for (T datum : data) {
      if (!availableAt.apply(datum).isAfter(asOf)) {
        result.add(datum);
      }
    }
    return List.copyOf(result);
  }

  /**
   * Asks for more records than wanted because a report period before the cut-off may still be
   * unfiled; asks again with a larger limit while filtering leaves too few and the source returned
   * a full page (a source that ignores the limit has given everything it has).
   */
  private <T> List<T> filed(
      IntFunction<List<T>> query, Function<T, LocalDate> filedDate, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    int requested = limit + FIRST_EXTRA_RECORDS;
    while (true) {
      List<T> page = query.apply(requested);
      List<T> known = readable(page, datum -> filingAvailableAt(filedDate.apply(datum)));
      if (known.size() >= limit || page.size() != requested) {
        return List.copyOf(known.subList(0, Math.min(limit, known.size())));
      }
      requested *= 2;
    }
  }
}
