package org.evotraders.pipeline.projection;

import java.time.LocalDate;

/**
 * Where the run stands: its status (initializing, running, then the finish status such as
 * completed), the day in progress or last started, and how many days completed.
 */
record RunProgress(
    String status,
    String finishReason,
    LocalDate currentDate,
    int dayIndex,
    int totalDays,
    int daysCompleted,
    boolean dayInProgress) {

  static final RunProgress INITIALIZING =
      new RunProgress("initializing", null, null, 0, 0, 0, false);

  RunProgress running() {
    return new RunProgress("running", null, currentDate, dayIndex, totalDays, daysCompleted, false);
  }

  RunProgress finished(String status, String reason) {
    return new RunProgress(
        status, reason, currentDate, dayIndex, totalDays, daysCompleted, dayInProgress);
  }

  RunProgress dayStarted(LocalDate date, int index, int total) {
    return new RunProgress(status, finishReason, date, index, total, daysCompleted, true);
  }

  RunProgress dayCompleted() {
    return new RunProgress(
        status, finishReason, currentDate, dayIndex, totalDays, daysCompleted + 1, false);
  }
}
