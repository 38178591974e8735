package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.analysis.technical.ReferenceTable.valuesOf;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.indicators.adx.MinusDMIndicator;
import org.ta4j.core.indicators.adx.PlusDMIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceRatioIndicator;
import org.ta4j.core.indicators.helpers.GainIndicator;
import org.ta4j.core.indicators.helpers.LossIndicator;
import org.ta4j.core.indicators.helpers.PreviousValueIndicator;
import org.ta4j.core.indicators.helpers.RunningTotalIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;

/** The indicators computed once per closed bar give what ta4j and a bar-by-bar read give. */
class ClosedBarIndicatorTest {

  private static final BarSeries SERIES =
      DailyBarSeries.of(
          ReferenceTable.read("reference/backtrader/ttr_backtrader-2006-day-001.csv")
              .bars("BT2006"));

  @Test
  void readingTheLastBarFirstGivesTheValuesOfABarByBarRead() {
    var close = new ClosePriceIndicator(SERIES);
    double[] inOrder = valuesOf(SeededExponentialAverage.exponential(close, 12));
    var lastFirst = SeededExponentialAverage.exponential(close, 12);
    double last = lastFirst.getValue(SERIES.getEndIndex()).doubleValue();
    assertThat(last).isEqualTo(inOrder[inOrder.length - 1]);
    assertThat(valuesOf(lastFirst)).containsExactly(inOrder);
  }

  @Test
  void populationDeviationAroundASharedAverageEqualsTa4jStandardDeviation() {
    var close = new ClosePriceIndicator(SERIES);
    double[] ours = valuesOf(new PopulationDeviation(close, new SMAIndicator(close, 20), 20));
    double[] ta4j = valuesOf(new StandardDeviationIndicator(close, 20));
    for (int bar = 0; bar < ours.length; bar++) {
      if (bar < 19) {
        assertThat(ours[bar]).as("warm-up bar %d", bar).isNaN();
      } else {
        assertThat(ours[bar]).as("bar %d", bar).isEqualTo(ta4j[bar]);
      }
    }
  }

  @Test
  void aKeptIndicatorComputesEachBarOnceHoweverOftenItIsRead() {
    var close = new ClosePriceIndicator(SERIES);
    var calculations = new AtomicInteger();
    Indicator<Num> counted =
        new AbstractIndicator<>(SERIES) {
          @Override
          public Num getValue(int index) {
            calculations.incrementAndGet();
            return close.getValue(index);
          }

          @Override
          public int getCountOfUnstableBars() {
            return 0;
          }
        };
    var kept = ClosedBarValues.of(counted);
    int last = SERIES.getEndIndex();
    for (int read = 0; read < 3; read++) {
      assertThat(kept.getValue(last)).isEqualTo(close.getValue(last));
      assertThat(kept.getValue(last - 5)).isEqualTo(close.getValue(last - 5));
    }
    assertThat(calculations).hasValue(SERIES.getBarCount());
    assertThat(ClosedBarValues.of(kept)).isSameAs(kept);
  }

  @Test
  void ta4jCalculationsReadLastBarFirstGiveTa4jsOwnValues() {
    var close = new ClosePriceIndicator(SERIES);
    assertSameValues(Ta4jCalculations.sma(close, 50), new SMAIndicator(close, 50));
    assertSameValues(
        Ta4jCalculations.runningTotal(close, 20), new RunningTotalIndicator(close, 20));
    assertSameValues(Ta4jCalculations.previous(close, 5), new PreviousValueIndicator(close, 5));
    assertSameValues(Ta4jCalculations.closeRatio(SERIES), new ClosePriceRatioIndicator(SERIES));
    assertSameValues(Ta4jCalculations.gain(close), new GainIndicator(close));
    assertSameValues(Ta4jCalculations.loss(close), new LossIndicator(close));
    assertSameValues(Ta4jCalculations.trueRange(SERIES), new TRIndicator(SERIES));
    assertSameValues(Ta4jCalculations.plusMovement(SERIES), new PlusDMIndicator(SERIES));
    assertSameValues(Ta4jCalculations.minusMovement(SERIES), new MinusDMIndicator(SERIES));
  }

  /** Reads ours last bar first (as a run's first day does), ta4j's bar by bar. */
  private static void assertSameValues(Indicator<Num> ours, Indicator<Num> ta4j) {
    ours.getValue(SERIES.getEndIndex());
    assertThat(valuesOf(ours)).as(ta4j.toString()).containsExactly(valuesOf(ta4j));
  }
}
