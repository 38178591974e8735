package org.evotraders.pipeline.cycle;

import java.time.Instant;
import java.time.LocalDate;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.pipeline.runs.EventLog;

/**
 * Appends the run's events at the run clock's current time and session. The clock is set by the
 * cycle as it moves through a day (decision, open, close), so a rerun records identical times.
 */
public final class RunRecorder {

  private final EventLog log;
  private Instant at;
  private LocalDate session;

  public RunRecorder(EventLog log, Instant start) {
    this.log = log;
    this.at = start;
  }

  /** Moves the run clock to {@code instant} within {@code session}. */
  public void moveTo(Instant instant, LocalDate session) {
    this.at = instant;
    this.session = session;
  }

  public RecordedEvent record(RunEvent event) {
    return log.append(at, session, event);
  }

  public EventLog log() {
    return log;
  }
}
