package org.evotraders.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StationaryBootstrapTest {

  /** 1000 independent daily returns, mean 5 bp, standard deviation 1%. */
  private static double[] returns() {
    Random random = new Random(7);
    double[] returns = new double[1000];
    for (int t = 0; t < returns.length; t++) {
      returns[t] = 0.0005 + 0.01 * random.nextGaussian();
    }
    return returns;
  }

  private static double sharpe(double[] sample) {
    return ReturnStatistics.sharpeRatio(sample, 0, 252);
  }

  @Test
  void containsThePointEstimateOfSharpeAndAnnualReturn() {
    double[] returns = returns();
    StationaryBootstrap bootstrap = StationaryBootstrap.of(MetricConventions.DEFAULT);

    assertThat(
            bootstrap.interval(returns, StationaryBootstrapTest::sharpe).contains(sharpe(returns)))
        .isTrue();
    assertThat(
            bootstrap
                .interval(returns, sample -> ReturnStatistics.annualReturn(sample, 252))
                .contains(ReturnStatistics.annualReturn(returns, 252)))
        .isTrue();
  }

  @Test
  void givesTheSameIntervalForTheSameSeedAndAnotherForAnotherSeed() {
    double[] returns = returns();
    ConfidenceInterval first =
        new StationaryBootstrap(2000, 10, 0.95, 42)
            .interval(returns, StationaryBootstrapTest::sharpe);
    ConfidenceInterval again =
        new StationaryBootstrap(2000, 10, 0.95, 42)
            .interval(returns, StationaryBootstrapTest::sharpe);
    ConfidenceInterval other =
        new StationaryBootstrap(2000, 10, 0.95, 43)
            .interval(returns, StationaryBootstrapTest::sharpe);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void isAboutAsWideAsLosAsymptoticSharpeInterval() {
    // Lo (2002), "The Statistics of Sharpe Ratios": for IID returns the standard error of the
    // per-period Sharpe ratio is sqrt((1 + SR^2 / 2) / n). With n = 1000 and SR about 0.05 per day,
    // the annualised standard error is sqrt(252) * 0.0316 = 0.50, so a 95% interval is about
    // 2 * 1.96 * 0.50 = 1.97 wide.
    ConfidenceInterval interval =
        StationaryBootstrap.of(MetricConventions.DEFAULT)
            .interval(returns(), StationaryBootstrapTest::sharpe);

    assertThat(interval.upper() - interval.lower()).isBetween(1.6, 2.4);
    assertThat(interval.level()).isEqualTo(0.95);
  }

  @Test
  void givesNoIntervalForFewerThanTwoReturns() {
    ConfidenceInterval interval =
        StationaryBootstrap.of(MetricConventions.DEFAULT)
            .interval(new double[] {0.01}, StationaryBootstrapTest::sharpe);

    assertThat(interval.lower()).isNaN();
    assertThat(interval.upper()).isNaN();
  }
}
