package org.evotraders.analysis.valuation;

import java.util.OptionalDouble;

/**
 * The growth rate a valuation projects with: the reported growth clamped to a plausible range, or a
 * default when none is reported.
 *
 * <p>The original takes {@code earnings_growth or 0.05} unclamped, so one record of +150% earnings
 * growth (a recovery from a bad year) multiplies a DCF many times over. The upper bound is
 * ai-hedge-fund's cap on stage-one growth in its later DCF ({@code min(revenue_growth, 0.25)}); the
 * lower bound is ours: a shrinking business is valued as shrinking, by at most 10% a year.
 */
final class GrowthAssumption {

  /** ai-hedge-fund's enhanced DCF caps projected growth at 25%. */
  static final double MAX_GROWTH = 0.25;

  /** Our floor: at most 10% shrinkage a year over the forecast. */
  static final double MIN_GROWTH = -0.10;

  private GrowthAssumption() {}

  /** Returns the reported growth clamped to [MIN_GROWTH, MAX_GROWTH], else {@code fallback}. */
  static double of(OptionalDouble reported, double fallback) {
    if (reported.isEmpty()) {
      return fallback;
    }
    return Math.clamp(reported.getAsDouble(), MIN_GROWTH, MAX_GROWTH);
  }
}
