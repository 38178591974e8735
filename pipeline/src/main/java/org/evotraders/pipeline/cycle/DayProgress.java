package org.evotraders.pipeline.cycle;

import java.time.LocalDate;

/** Where a run stands after a day: the day, days done of the total, and the NAV at its close. */
public record DayProgress(LocalDate date, int done, int total, double nav, double initialCash) {

  /** Returns the team's return since the start, in percent. */
  public double returnPercent() {
    return 100 * (nav / initialCash - 1);
  }
}
