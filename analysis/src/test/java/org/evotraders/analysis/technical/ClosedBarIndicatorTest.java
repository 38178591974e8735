package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.analysis.technical.ReferenceTable.valuesOf;

import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;

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
}
