package org.evotraders.core.metrics;

/**
 * A two-sided interval expected to hold a figure's true value with probability {@code level}; both
 * bounds are NaN when the figure could not be resampled.
 */
public record ConfidenceInterval(double lower, double upper, double level) {

  /** Returns an interval with NaN bounds, for a series too short to resample. */
  static ConfidenceInterval unknown(double level) {
    return new ConfidenceInterval(Double.NaN, Double.NaN, level);
  }

  /** Returns whether {@code value} lies between the bounds, inclusive. */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
