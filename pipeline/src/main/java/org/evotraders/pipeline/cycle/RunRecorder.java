package org.evotraders.pipeline.cycle;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.pipeline.runs.EventLog;

/**
 * Appends the run's events at the run clock's current time and session. In a simulated run the
 * clock is set by the cycle as it moves through a day (decision, open, close), so a rerun records
 * identical times; a live run records at the time its clock reads.
 */
public final class RunRecorder {

  private final EventLog log;
  private final InstantSource time;
  private Instant at;
  private LocalDate session;

  /** Records at the instants the cycle moves to, from {@code start} on. */
  public RunRecorder(EventLog log, Instant start) {
    this.log = log;
    this.at = start;
    this.time = () -> at;
  }

  /** Records at {@code clock}'s instant, whatever the cycle moves to; the session still follows. */
  public RunRecorder(EventLog log, InstantSource clock) {
    this.log = log;
    this.time = clock;
  }

  /** Moves the run clock to {@code instant} within {@code session}. */
  public void moveTo(Instant instant, LocalDate session) {
    this.at = instant;
    this.session = session;
  }

  public RecordedEvent record(RunEvent event) {
    return log.append(time.instant(), session, event);
  }

  /** Records events that happen together (a stage's outcome) with one write to the log. */
  public void recordAll(List<? extends RunEvent> events) {
    if (!events.isEmpty()) {
      log.appendAll(time.instant(), session, events);
    }
  }

  public EventLog log() {
    return log;
  }
}
