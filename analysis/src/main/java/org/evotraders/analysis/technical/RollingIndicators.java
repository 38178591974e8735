package org.evotraders.analysis.technical;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.evotraders.core.market.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/**
 * The indicator set of one ticker, extended bar by bar as bars become visible to a run: each day
 * appends the bars that closed since the last one, and reading the latest snapshot computes only
 * the new bar (the indicators keep earlier values and carry running sums). Every bar is computed in
 * order from the first, so the values do not depend on the day a run starts reading them: a run
 * that starts on a loaded history, or resumes, gets those of {@link IndicatorSet}. A backtest thus
 * pays O(1) per day instead of recomputing its window, and never sees a bar before the run's
 * point-in-time view hands it over.
 */
public final class RollingIndicators {

  private final String ticker;
  private final BarSeries series;
  private final Map<TechnicalIndicator, Indicator<Num>> indicators;

  public RollingIndicators(String ticker) {
    this.ticker = ticker;
    this.series = DailyBarSeries.empty(ticker);
    this.indicators = IndicatorSet.indicatorsOf(series);
  }

  /** Returns the session of the last bar appended, if any. */
  public Optional<LocalDate> lastDate() {
    return series.isEmpty()
        ? Optional.empty()
        : Optional.of(DailyBarSeries.sessionOf(series.getLastBar()));
  }

  /** Appends the bars dated after the last one held; older or repeated bars are skipped. */
  public void extend(Iterable<Bar> bars) {
    LocalDate last = lastDate().orElse(LocalDate.MIN);
    for (Bar bar : bars) {
      if (bar.date().isAfter(last)) {
        DailyBarSeries.append(series, bar);
        last = bar.date();
      }
    }
  }

  /** Returns every indicator on the last bar held, or empty before the first bar. */
  public Optional<TechnicalSnapshot> latest() {
    if (series.isEmpty()) {
      return Optional.empty();
    }
    int index = series.getEndIndex();
    return Optional.of(
        TechnicalSnapshot.of(
            ticker,
            DailyBarSeries.sessionOf(series.getLastBar()),
            series.getLastBar().getClosePrice().doubleValue(),
            indicator -> indicators.get(indicator).getValue(index).doubleValue()));
  }
}
