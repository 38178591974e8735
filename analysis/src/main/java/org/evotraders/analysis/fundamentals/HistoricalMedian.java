package org.evotraders.analysis.fundamentals;

import java.util.OptionalDouble;
import java.util.stream.DoubleStream;

/**
 * The median of a figure over a company's earlier records, the yardstick both the efficiency tool
 * and the EV/EBITDA valuation compare the latest record with (Python's {@code statistics.median}:
 * the mean of the two middle values for an even count).
 */
public final class HistoricalMedian {

  private HistoricalMedian() {}

  /** Returns the median of the values, empty when there are none. */
  public static OptionalDouble of(DoubleStream values) {
    double[] sorted = values.sorted().toArray();
    if (sorted.length == 0) {
      return OptionalDouble.empty();
    }
    int mid = sorted.length / 2;
    return OptionalDouble.of(
        sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
  }
}
