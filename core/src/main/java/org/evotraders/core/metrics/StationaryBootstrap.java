package org.evotraders.core.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile confidence intervals of a return-series figure by the stationary bootstrap of Politis
 * and Romano (1994).
 *
 * <p>Each resample has as many returns as the original. It starts at a uniformly drawn session and
 * then, for each next return, continues with the following session (wrapping from the last session
 * to the first) or, with probability {@code 1 / meanBlockLength}, jumps to a new uniformly drawn
 * session. Block lengths are thus geometric with that mean, which keeps short-range autocorrelation
 * and, unlike fixed blocks, yields a stationary resampled series. The interval bounds are the
 * {@code (1 - level) / 2} and {@code (1 + level) / 2} percentiles of the figure over all resamples,
 * interpolated linearly; resamples whose figure is NaN or infinite are left out.
 *
 * <p>Every call draws from a fresh {@link SplittableRandom} of the same seed, so a given series,
 * figure and seed always give the same interval, and different figures of one series are computed
 * on the same resamples.
 */
public final class StationaryBootstrap {

  private final int resamples;
  private final int meanBlockLength;
  private final double level;
  private final long seed;

  /** Returns a bootstrap with the resamples, block length, level and seed of the conventions. */
  public static StationaryBootstrap of(MetricConventions conventions) {
    return new StationaryBootstrap(
        conventions.bootstrapResamples(),
        conventions.bootstrapMeanBlockLength(),
        conventions.confidenceLevel(),
        conventions.bootstrapSeed());
  }

  StationaryBootstrap(int resamples, int meanBlockLength, double level, long seed) {
    this.resamples = resamples;
    this.meanBlockLength = meanBlockLength;
    this.level = level;
    this.seed = seed;
  }

  /** Returns the interval of {@code figure} over resamples of {@code returns}. */
  public ConfidenceInterval interval(double[] returns, ToDoubleFunction<double[]> figure) {
    if (returns.length < 2) {
      return ConfidenceInterval.unknown(level);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] figures = new double[resamples];
    for (int i = 0; i < resamples; i++) {
      figures[i] = figure.applyAsDouble(resample(returns, random));
    }
    double[] sorted = Arrays.stream(figures).filter(Double::isFinite).sorted().toArray();
    if (sorted.length == 0) {
      return ConfidenceInterval.unknown(level);
    }
    double tail = (1 - level) / 2;
    return new ConfidenceInterval(
        ReturnStatistics.percentile(sorted, tail),
        ReturnStatistics.percentile(sorted, 1 - tail),
        level);
  }

  private double[] resample(double[] returns, SplittableRandom random) {
    int n = returns.length;
    double jump = 1.0 / meanBlockLength;
    double[] sample = new double[n];
    int position = random.nextInt(n);
    sample[0] = returns[position];
    for (int i = 1; i < n; i++) {
      position = random.nextDouble() < jump ? random.nextInt(n) : (position + 1) % n;
      sample[i] = returns[position];
    }
    return sample;
  }
}
