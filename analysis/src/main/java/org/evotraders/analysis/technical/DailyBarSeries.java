package org.evotraders.analysis.technical;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/**
 * Converts one ticker's daily bars into a ta4j {@link BarSeries} of {@code DoubleNum}s.
 *
 * <p>Each ta4j bar lasts one day and ends at midnight UTC of its session date, so {@link
 * #sessionOf(org.ta4j.core.Bar)} gives the session back. {@code DoubleNum} is used throughout
 * because {@code DecimalNum} is about ten times slower and indicator values need no more than
 * double precision.
 */
public final class DailyBarSeries {

  private static final Duration ONE_DAY = Duration.ofDays(1);

  private DailyBarSeries() {}

  /**
   * Returns a series holding the given bars in order, named after their ticker.
   *
   * @throws IllegalArgumentException if the list is empty, mixes tickers or its dates are not
   *     strictly increasing
   */
  public static BarSeries of(List<Bar> bars) {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("no bars to build a series from: pass at least one bar");
    }
    String ticker = bars.getFirst().ticker();
    BarSeries series = empty(ticker);
    for (Bar bar : bars) {
      append(series, bar);
    }
    return series;
  }

  /** Returns an empty series for {@code ticker}, to be extended bar by bar. */
  public static BarSeries empty(String ticker) {
    return new BaseBarSeriesBuilder()
        .withName(ticker)
        .withNumFactory(DoubleNumFactory.getInstance())
        .build();
  }

  /**
   * Appends {@code bar} to {@code series}.
   *
   * @throws IllegalArgumentException if the bar belongs to another ticker or is not dated after the
   *     series' last bar
   */
  public static void append(BarSeries series, Bar bar) {
    String ticker = series.getName();
    if (!bar.ticker().equals(ticker)) {
      throw new IllegalArgumentException(
          "bars of %s and %s in one series: build one series per ticker"
              .formatted(ticker, bar.ticker()));
    }
    if (!series.isEmpty()) {
      LocalDate previous = sessionOf(series.getLastBar());
      if (!bar.date().isAfter(previous)) {
        throw new IllegalArgumentException(
            "bars of %s out of order: %s follows %s; sort by date and drop duplicates"
                .formatted(ticker, bar.date(), previous));
      }
    }
    series
        .barBuilder()
        .timePeriod(ONE_DAY)
        .endTime(endOf(bar.date()))
        .openPrice(bar.open())
        .highPrice(bar.high())
        .lowPrice(bar.low())
        .closePrice(bar.close())
        .volume(bar.volume())
        .add();
  }

  /** Returns the session date of a bar built by {@link #of(List)}. */
  public static LocalDate sessionOf(org.ta4j.core.Bar bar) {
    return LocalDate.ofInstant(bar.getEndTime(), ZoneOffset.UTC);
  }

  private static Instant endOf(LocalDate session) {
    return session.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
