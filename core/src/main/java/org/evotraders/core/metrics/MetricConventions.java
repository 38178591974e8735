package org.evotraders.core.metrics;

/**
 * The choices behind a {@link PerformanceReport}, printed with it so that every figure can be
 * reproduced.
 *
 * @param periodsPerYear sessions per year that annualise daily figures; 252 trading days
 * @param annualRiskFreeRate the risk-free rate per year as a fraction (0.04 is 4%); Sharpe
 *     subtracts it and Sortino uses it as the required return, both per session after {@link
 *     #riskFreePerPeriod()}
 * @param bootstrapResamples how many resampled return series the confidence intervals come from
 * @param bootstrapMeanBlockLength the mean length, in sessions, of the blocks the stationary
 *     bootstrap draws; longer blocks keep more of the returns' autocorrelation
 * @param confidenceLevel the two-sided coverage of the intervals, e.g. 0.95
 * @param bootstrapSeed the seed of the resampling, so that a report is deterministic
 */
public record MetricConventions(
    int periodsPerYear,
    double annualRiskFreeRate,
    int bootstrapResamples,
    int bootstrapMeanBlockLength,
    double confidenceLevel,
    long bootstrapSeed) {

  /** 252 trading days, no risk-free rate, 2000 resamples of mean block length 10, 95%, seed 42. */
  public static final MetricConventions DEFAULT =
      new MetricConventions(252, 0.0, 2000, 10, 0.95, 42);

  public MetricConventions {
    if (periodsPerYear < 1) {
      throw new IllegalArgumentException(
          "periods per year must be at least 1, got " + periodsPerYear + "; daily figures use 252");
    }
    if (!(annualRiskFreeRate > -1) || Double.isInfinite(annualRiskFreeRate)) {
      throw new IllegalArgumentException(
          "annual risk-free rate " + annualRiskFreeRate + " is not a rate above -100%");
    }
    if (bootstrapResamples < 1 || bootstrapMeanBlockLength < 1) {
      throw new IllegalArgumentException(
          "bootstrap needs at least one resample and a block length of at least one session, got %d and %d"
              .formatted(bootstrapResamples, bootstrapMeanBlockLength));
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidence level " + confidenceLevel + " must lie strictly between 0 and 1, e.g. 0.95");
    }
  }

  /** Returns a copy with another annual risk-free rate. */
  public MetricConventions withAnnualRiskFreeRate(double rate) {
    return new MetricConventions(
        periodsPerYear,
        rate,
        bootstrapResamples,
        bootstrapMeanBlockLength,
        confidenceLevel,
        bootstrapSeed);
  }

  /**
   * Returns the risk-free rate per session, compounded geometrically: {@code (1 + annual)^(1 /
   * periodsPerYear) - 1}, so that a year of sessions compounds back to the annual rate.
   */
  public double riskFreePerPeriod() {
    return Math.pow(1 + annualRiskFreeRate, 1.0 / periodsPerYear) - 1;
  }
}
