package org.evotraders.core.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * Values of a portfolio at the close of consecutive sessions, e.g. a run's net asset value or a
 * baseline's value. The first value is the starting capital the returns are measured from.
 */
public record NavSeries(List<LocalDate> dates, List<Double> values) {

  public NavSeries {
    dates = List.copyOf(dates);
    values = List.copyOf(values);
    if (dates.size() != values.size()) {
      throw new IllegalArgumentException(
          "NAV series has %d dates but %d values: give one value per session"
              .formatted(dates.size(), values.size()));
    }
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("NAV series is empty: give at least the starting value");
    }
    for (int i = 0; i < values.size(); i++) {
      double value = values.get(i);
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            "NAV on %s is %s: a NAV must be a finite positive number"
                .formatted(dates.get(i), value));
      }
      if (i > 0 && !dates.get(i).isAfter(dates.get(i - 1))) {
        throw new IllegalArgumentException(
            "NAV dates must increase, but %s follows %s".formatted(dates.get(i), dates.get(i - 1)));
      }
    }
  }

  /** Returns the number of sessions, one more than the number of returns. */
  public int size() {
    return values.size();
  }

  /** Returns the simple return of each session after the first: {@code v[t] / v[t-1] - 1}. */
  public double[] returns() {
    double[] returns = new double[values.size() - 1];
    for (int t = 1; t < values.size(); t++) {
      returns[t - 1] = values.get(t) / values.get(t - 1) - 1;
    }
    return returns;
  }

  /** Returns the values as an array, oldest first. */
  double[] valueArray() {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
