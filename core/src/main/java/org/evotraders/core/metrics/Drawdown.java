package org.evotraders.core.metrics;

import java.time.LocalDate;

/**
 * The deepest fall of a value series from a running peak.
 *
 * @param depth the fall as a fraction of the peak, zero or negative (-0.25 is a 25% drawdown)
 * @param peak the session of the peak the fall started from
 * @param trough the session of the lowest value relative to that peak
 * @param recovery the first session after the trough whose value is back at or above the peak, or
 *     null when the series never recovered
 */
public record Drawdown(double depth, LocalDate peak, LocalDate trough, LocalDate recovery) {

  /** Returns whether the series regained its peak after the trough. */
  public boolean recovered() {
    return recovery != null;
  }

  /**
   * Returns the deepest drawdown of a NAV series. A series that never falls has depth 0, its first
   * session as peak and trough, and no recovery.
   */
  public static Drawdown of(NavSeries nav) {
    int[] at = deepest(nav.valueArray());
    return new Drawdown(
        nav.values().get(at[1]) / nav.values().get(at[0]) - 1,
        nav.dates().get(at[0]),
        nav.dates().get(at[1]),
        at[2] < 0 ? null : nav.dates().get(at[2]));
  }

  /**
   * Returns the indices of the peak, trough and recovery (-1 when none) of the deepest drawdown of
   * {@code wealth}. Among equally deep drawdowns the first one counts, as numpy's argmin picks it.
   */
  static int[] deepest(double[] wealth) {
    int runningPeak = 0;
    int peak = 0;
    int trough = 0;
    double depth = 0;
    for (int t = 1; t < wealth.length; t++) {
      if (wealth[t] > wealth[runningPeak]) {
        runningPeak = t;
      }
      double fall = wealth[t] / wealth[runningPeak] - 1;
      if (fall < depth) {
        depth = fall;
        peak = runningPeak;
        trough = t;
      }
    }
    int recovery = -1;
    if (depth < 0) {
      for (int t = trough + 1; t < wealth.length && recovery < 0; t++) {
        if (wealth[t] >= wealth[peak]) {
          recovery = t;
        }
      }
    }
    return new int[] {peak, trough, recovery};
  }
}
