package org.evotraders.agents.offline;

import java.util.Comparator;

/**
 * One finding of the offline risk manager. Warnings sort by level (HIGH first), then by kind in the
 * order below, then by magnitude (largest first), then by text, so the order never depends on a
 * map's iteration.
 *
 * @param magnitude the measured figure that triggered the warning, e.g. a volatility of 0.62
 */
record RiskWarning(Level level, Kind kind, double magnitude, String text) {

  enum Level {
    HIGH,
    MEDIUM,
    LOW
  }

  /** What the warning is about, in the order warnings of one level are listed. */
  enum Kind {
    NAV,
    GROSS_EXPOSURE,
    CONCENTRATION,
    VOLATILITY,
    CORRELATION,
    MARGIN,
    CASH
  }

  static final Comparator<RiskWarning> BY_SEVERITY =
      Comparator.comparing(RiskWarning::level)
          .thenComparing(RiskWarning::kind)
          .thenComparing(Comparator.comparingDouble(RiskWarning::magnitude).reversed())
          .thenComparing(RiskWarning::text);

  /** Writes the warning as a markdown list item's text, e.g. {@code **HIGH** gross exposure …}. */
  String line() {
    return "**" + level + "** " + text;
  }
}
