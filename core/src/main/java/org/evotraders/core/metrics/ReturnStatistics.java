package org.evotraders.core.metrics;

import java.util.Arrays;

/**
 * Figures of a series of simple period returns, computed as empyrical 0.5.5 computes them so that
 * its test cases check ours.
 *
 * <p>{@code periodsPerYear} annualises: 252 for daily returns, 52 weekly, 12 monthly. A NaN return
 * is ignored by means and standard deviations, compounds as a zero return and still counts as a
 * period when a compounded return is annualised. Standard deviations use ddof = 1. A figure with
 * too few observations or a zero denominator is NaN.
 */
public final class ReturnStatistics {

  private ReturnStatistics() {}

  /** Returns the compounded return after each period, NaN returns counting as zero. */
  public static double[] cumulativeReturns(double[] returns) {
    double[] cumulative = new double[returns.length];
    double wealth = 1;
    for (int t = 0; t < returns.length; t++) {
      wealth *= 1 + zeroIfNaN(returns[t]);
      cumulative[t] = wealth - 1;
    }
    return cumulative;
  }

  /** Returns the compounded return over the whole series; NaN for an empty series. */
  public static double totalReturn(double[] returns) {
    return returns.length == 0 ? Double.NaN : wealth(returns)[returns.length] - 1;
  }

  /** Returns the compound annual growth rate: {@code (prod(1+r))^(periodsPerYear/n) - 1}. */
  public static double annualReturn(double[] returns, int periodsPerYear) {
    if (returns.length == 0) {
      return Double.NaN;
    }
    double years = returns.length / (double) periodsPerYear;
    return Math.pow(1 + totalReturn(returns), 1 / years) - 1;
  }

  /** Returns the sample standard deviation scaled by {@code sqrt(periodsPerYear)}. */
  public static double annualVolatility(double[] returns, int periodsPerYear) {
    return returns.length < 2 ? Double.NaN : sampleStd(returns) * Math.sqrt(periodsPerYear);
  }

  /** Returns {@code mean(r - rf) / std(r - rf) * sqrt(periodsPerYear)}, rf a per-period rate. */
  public static double sharpeRatio(double[] returns, double riskFree, int periodsPerYear) {
    return sharpeRatio(returns, constant(returns.length, riskFree), periodsPerYear);
  }

  /** Returns the Sharpe ratio against a per-period risk-free series aligned with the returns. */
  public static double sharpeRatio(double[] returns, double[] riskFree, int periodsPerYear) {
    if (returns.length < 2) {
      return Double.NaN;
    }
    double[] excess = minus(returns, riskFree);
    return ratio(mean(excess), sampleStd(excess)) * Math.sqrt(periodsPerYear);
  }

  /**
   * Returns the annualised downside deviation below a per-period required return: {@code
   * sqrt(mean(min(r - required, 0)^2)) * sqrt(periodsPerYear)}, the mean taken over every non-NaN
   * period so that returns above the threshold count as zeros.
   */
  public static double downsideRisk(double[] returns, double required, int periodsPerYear) {
    return downsideRisk(returns, constant(returns.length, required), periodsPerYear);
  }

  /** Returns the downside risk against a per-period required-return series. */
  public static double downsideRisk(double[] returns, double[] required, int periodsPerYear) {
    if (returns.length == 0) {
      return Double.NaN;
    }
    double[] shortfall = minus(returns, required);
    for (int t = 0; t < shortfall.length; t++) {
      double below = Math.min(shortfall[t], 0);
      shortfall[t] = below * below;
    }
    return Math.sqrt(mean(shortfall)) * Math.sqrt(periodsPerYear);
  }

  /** Returns {@code mean(r - required) * periodsPerYear / downsideRisk}. */
  public static double sortinoRatio(double[] returns, double required, int periodsPerYear) {
    return sortinoRatio(returns, constant(returns.length, required), periodsPerYear);
  }

  /** Returns the Sortino ratio against a per-period required-return series. */
  public static double sortinoRatio(double[] returns, double[] required, int periodsPerYear) {
    if (returns.length < 2) {
      return Double.NaN;
    }
    double annualExcess = mean(minus(returns, required)) * periodsPerYear;
    return ratio(annualExcess, downsideRisk(returns, required, periodsPerYear));
  }

  /** Returns the deepest fall of compounded wealth from its running peak, zero or negative. */
  public static double maxDrawdown(double[] returns) {
    if (returns.length == 0) {
      return Double.NaN;
    }
    double[] wealth = wealth(returns);
    int[] at = Drawdown.deepest(wealth);
    return wealth[at[1]] / wealth[at[0]] - 1;
  }

  /** Returns the annual return over the absolute max drawdown; NaN without a drawdown. */
  public static double calmarRatio(double[] returns, int periodsPerYear) {
    double drawdown = maxDrawdown(returns);
    if (!(drawdown < 0)) {
      return Double.NaN;
    }
    double calmar = annualReturn(returns, periodsPerYear) / Math.abs(drawdown);
    return Double.isInfinite(calmar) ? Double.NaN : calmar;
  }

  /**
   * Returns the probability-weighted gains over losses around a threshold: the per-period risk-free
   * rate plus the annual required return de-annualised over {@code periodsPerYear}.
   */
  public static double omegaRatio(
      double[] returns, double riskFree, double annualRequiredReturn, int periodsPerYear) {
    if (returns.length < 2 || annualRequiredReturn <= -1) {
      return Double.NaN;
    }
    double threshold =
        periodsPerYear == 1
            ? annualRequiredReturn
            : Math.pow(1 + annualRequiredReturn, 1.0 / periodsPerYear) - 1;
    double gains = 0;
    double losses = 0;
    for (double r : returns) {
      double excess = r - riskFree - threshold;
      if (excess > 0) {
        gains += excess;
      } else if (excess < 0) {
        losses -= excess;
      }
    }
    return losses > 0 ? gains / losses : Double.NaN;
  }

  /** Returns |95th percentile| / |5th percentile| of the non-NaN returns. */
  public static double tailRatio(double[] returns) {
    double[] sorted = Arrays.stream(returns).filter(r -> !Double.isNaN(r)).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return Math.abs(percentile(sorted, 0.95)) / Math.abs(percentile(sorted, 0.05));
  }

  /**
   * Returns the R² of a straight line fitted to the cumulative log returns against time: 1 for
   * perfectly steady growth. NaN returns are dropped first.
   */
  public static double stability(double[] returns) {
    if (returns.length < 2) {
      return Double.NaN;
    }
    double[] logWealth =
        Arrays.stream(returns).filter(r -> !Double.isNaN(r)).map(Math::log1p).toArray();
    Arrays.parallelPrefix(logWealth, Double::sum);
    double[] time = new double[logWealth.length];
    Arrays.setAll(time, t -> t);
    double timeMean = mean(time);
    double logMean = mean(logWealth);
    double covariance = 0;
    double timeSquares = 0;
    double logSquares = 0;
    for (int t = 0; t < time.length; t++) {
      double dt = time[t] - timeMean;
      double dl = logWealth[t] - logMean;
      covariance += dt * dl;
      timeSquares += dt * dt;
      logSquares += dl * dl;
    }
    double correlation = covariance / Math.sqrt(timeSquares * logSquares);
    return correlation * correlation;
  }

  /**
   * Returns the {@code quantile} (0..1) of ascending {@code sorted} values, interpolating linearly
   * between the closest ranks as numpy's default percentile does.
   */
  static double percentile(double[] sorted, double quantile) {
    double position = quantile * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  /** Returns wealth starting at 1 before the first return, one entry longer than returns. */
  private static double[] wealth(double[] returns) {
    double[] cumulative = cumulativeReturns(returns);
    double[] wealth = new double[returns.length + 1];
    wealth[0] = 1;
    for (int t = 0; t < returns.length; t++) {
      wealth[t + 1] = 1 + cumulative[t];
    }
    return wealth;
  }

  private static double mean(double[] values) {
    double sum = 0;
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private static double sampleStd(double[] values) {
    double mean = mean(values);
    double squares = 0;
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        squares += (v - mean) * (v - mean);
        count++;
      }
    }
    return count < 2 ? Double.NaN : Math.sqrt(squares / (count - 1));
  }

  private static double[] minus(double[] returns, double[] threshold) {
    if (threshold.length != returns.length) {
      throw new IllegalArgumentException(
          "a threshold series has %d values for %d returns: align them period by period"
              .formatted(threshold.length, returns.length));
    }
    double[] difference = new double[returns.length];
    Arrays.setAll(difference, t -> returns[t] - threshold[t]);
    return difference;
  }

  private static double[] constant(int length, double value) {
    double[] values = new double[length];
    Arrays.fill(values, value);
    return values;
  }

  /** Returns NaN rather than an infinity when the denominator is zero, e.g. for flat returns. */
  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  private static double zeroIfNaN(double value) {
    return Double.isNaN(value) ? 0 : value;
  }
}
