package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.RunStarted;

/**
 * The part of a run's log a resumed run builds on: the events of completed days, and the run-level
 * events before them. Events after the last {@code day_complete} belong to a day that was
 * interrupted; so do those followed by a resumed {@code run_started}. That day runs again.
 */
final class CommittedEvents {

  private CommittedEvents() {}

  static List<RecordedEvent> of(List<RecordedEvent> log) {
    List<RecordedEvent> committed = new ArrayList<>();
    List<RecordedEvent> pending = new ArrayList<>();
    boolean inDay = false;
    for (RecordedEvent recorded : log) {
      switch (recorded.event()) {
        case RunStarted started when started.resumed() -> {
          pending.clear();
          inDay = false;
          committed.add(recorded);
        }
        case DayCompleted completed -> {
          pending.add(recorded);
          committed.addAll(pending);
          pending.clear();
          inDay = false;
        }
        case DayStarted started -> {
          inDay = true;
          pending.add(recorded);
        }
        default -> {
          if (inDay) {
            pending.add(recorded);
          } else {
            committed.add(recorded);
          }
        }
      }
    }
    return committed;
  }
}
