package org.evotraders.pipeline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value axis with round tick marks: its range is widened to whole steps of 1, 2 or 5 times a
 * power of ten, so that gridlines fall on numbers a reader can take in at a glance.
 *
 * @param low the bottom of the axis, a multiple of {@code step}
 * @param high the top of the axis, a multiple of {@code step}
 * @param step the distance between ticks
 */
record AxisScale(double low, double high, double step) {

  private static final int TARGET_TICKS = 5;

  /** Returns the round scale covering {@code min} to {@code max} with about five ticks. */
  static AxisScale covering(double min, double max) {
    if (min == max) {
      double margin = min == 0 ? 1 : Math.abs(min) * 0.05;
      return covering(min - margin, max + margin);
    }
    double rough = (max - min) / TARGET_TICKS;
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double normalised = rough / magnitude;
    double step = (normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude;
    return new AxisScale(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
  }

  /** Returns the tick values from low to high. */
  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    long count = Math.round((high - low) / step);
    for (long i = 0; i <= count; i++) {
      ticks.add(low + i * step);
    }
    return ticks;
  }

  /** Returns where {@code value} lies on the axis, 0 at the bottom and 1 at the top. */
  double fraction(double value) {
    return (value - low) / (high - low);
  }

  /** Returns a tick's label with as many decimals as the step needs and {@code unit} after it. */
  String label(double tick, String unit) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    String label = String.format(Locale.US, "%,." + decimals + "f", tick);
    // a tick at -0.0 after rounding would read as a negative zero
    return (label.matches("-[0.,]+") ? label.substring(1) : label) + unit;
  }
}
