package org.evotraders.pipeline.projection;

import java.util.Arrays;

/**
 * A value curve, one point per settled day: epoch milliseconds and value, kept in growing primitive
 * arrays so appending is amortised O(1) and nothing is copied per day.
 */
final class Curve implements Checkpointed {

  private long[] times = new long[64];
  private double[] values = new double[64];
  private int size;
  private int committedSize;

  void append(long time, double value) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    times[size] = time;
    values[size] = value;
    size++;
  }

  int size() {
    return size;
  }

  long time(int index) {
    return times[index];
  }

  double value(int index) {
    return values[index];
  }

  /** Returns the last value, or {@code otherwise} when the curve is empty. */
  double lastValue(double otherwise) {
    return size == 0 ? otherwise : values[size - 1];
  }

  @Override
  public void commit() {
    committedSize = size;
  }

  @Override
  public void rollback() {
    size = committedSize;
  }
}
