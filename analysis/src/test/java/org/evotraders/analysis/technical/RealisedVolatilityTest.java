package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evotraders.analysis.technical.ReferenceTable.valuesOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.helpers.ClosePriceRatioIndicator;
import org.ta4j.core.indicators.numeric.NumericIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;

/**
 * Checks realised volatility against empyrical 0.5.5's annual_volatility (sample deviation of
 * simple daily returns times sqrt(252)), reference/metrics/empyrical_test_cases.json.
 */
class RealisedVolatilityTest {

  /** empyrical's "mixed_returns" series without its leading NaN. */
  private static final double[] MIXED_RETURNS = {0.01, 0.1, -0.04, 0.02, 0.03, 0.02, 0.01, -0.1};

  /** empyrical's annual_volatility(mixed_returns, period="daily"), asserted to 8 decimals. */
  private static final double EMPYRICAL_ANNUAL_VOLATILITY = 0.9136465399704637;

  @Test
  void volatilityOfEightDailyReturnsMatchesEmpyricalAnnualVolatility() {
    BarSeries series = DailyBarSeries.of(barsWithReturns(MIXED_RETURNS));

    double[] volatility = valuesOf(ClassicIndicators.realisedVolatility(series, 8));

    assertThat(volatility[8]).isCloseTo(EMPYRICAL_ANNUAL_VOLATILITY, within(1e-8));
  }

  @Test
  void volatilityIsNaNUntilTheWindowHoldsThatManyReturns() {
    BarSeries series = DailyBarSeries.of(barsWithReturns(MIXED_RETURNS));

    double[] volatility = valuesOf(ClassicIndicators.realisedVolatility(series, 8));

    assertThat(volatility).hasSize(9);
    for (int bar = 0; bar < 8; bar++) {
      assertThat(volatility[bar]).as("bar %d", bar).isNaN();
    }
  }

  @Test
  void volatilityOfTwoReturnsIsTheirHalfDifferenceTimesRootTwoAndAnnualised() {
    // Hand calculation: returns +10 % and -10 % have mean 0, sample variance
    // (0.1^2 + 0.1^2) / (2 - 1) = 0.02, so sigma = sqrt(0.02) and annualised sqrt(0.02 * 252).
    BarSeries series = DailyBarSeries.of(barsWithReturns(new double[] {0.1, -0.1}));

    double[] volatility = valuesOf(ClassicIndicators.realisedVolatility(series, 2));

    assertThat(volatility[2]).isCloseTo(Math.sqrt(0.02 * 252), within(1e-12));
  }

  @Test
  void volatilityOverTwentyYearsOfAppleAgreesWithTa4jsTwoPassStandardDeviation() {
    // ta4j's StandardDeviationIndicator rescans each window (population sigma); rescaled to the
    // sample sigma and annualised it must give the same numbers as our running sums.
    BarSeries series =
        DailyBarSeries.of(
            ReferenceTable.read("ohlcv/yfinance-adjusted-2005-2025/AAPL.csv").bars("AAPL"));
    var dailyReturn = NumericIndicator.of(new ClosePriceRatioIndicator(series)).minus(1);
    double[] twoPass = valuesOf(new StandardDeviationIndicator(dailyReturn, 60));

    double[] volatility = valuesOf(ClassicIndicators.realisedVolatility(series, 60));

    for (int bar = 60; bar < volatility.length; bar++) {
      assertThat(volatility[bar])
          .as("bar %d", bar)
          .isCloseTo(twoPass[bar] * Math.sqrt(60.0 / 59 * 252), within(1e-10));
    }
  }

  @Test
  void aWindowOfOneReturnIsRefusedBecauseItsSampleDeviationIsUndefined() {
    BarSeries series = DailyBarSeries.of(barsWithReturns(MIXED_RETURNS));

    assertThatThrownBy(() -> ClassicIndicators.realisedVolatility(series, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 returns");
  }

  /** Returns closes starting at 100 that grow by the given simple returns, one bar a day. */
  private static List<Bar> barsWithReturns(double[] returns) {
    var bars = new ArrayList<Bar>();
    LocalDate day = LocalDate.of(2000, 1, 30);
    double close = 100;
    bars.add(new Bar("MIX", day, close, close, close, close, 0));
    for (double dailyReturn : returns) {
      close *= 1 + dailyReturn;
      day = day.plusDays(1);
      bars.add(new Bar("MIX", day, close, close, close, close, 0));
    }
    return bars;
  }
}
