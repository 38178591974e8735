package org.evotraders.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.core.fills.Fill;
import org.evotraders.pipeline.runs.EventLog;

/**
 * A run's events.jsonl read the way the run's contract states it, written here independently of the
 * pipeline's reader: the events of a day are final once its {@code day_complete} is written; the
 * events after the last {@code day_complete} that precede a resumed {@code run_started} are void
 * (that day ran again).
 */
record RunRecord(List<RecordedEvent> all, List<RecordedEvent> committed) {

  static RunRecord of(Path runFolder) {
    List<RecordedEvent> all = EventLog.read(runFolder.resolve("events.jsonl"));
    List<RecordedEvent> committed = new ArrayList<>();
    int lastComplete = -1;
    for (RecordedEvent e : all) {
      if (e.event() instanceof RunStarted started && started.resumed()) {
        while (committed.size() > lastComplete + 1) {
          committed.removeLast();
        }
      }
      committed.add(e);
      if (e.event() instanceof DayCompleted
          || e.event() instanceof RunStarted
          || e.event() instanceof RunFinished) {
        lastComplete = committed.size() - 1;
      }
    }
    return new RunRecord(all, List.copyOf(committed));
  }

  List<Fill> fills() {
    return committed.stream()
        .map(RecordedEvent::event)
        .filter(OrderFilled.class::isInstance)
        .map(e -> ((OrderFilled) e).fill())
        .toList();
  }

  /** Returns the NAV of the last settled day. */
  double finalNav() {
    return committed.stream()
        .map(RecordedEvent::event)
        .filter(DaySettled.class::isInstance)
        .map(e -> ((DaySettled) e).settlement().nav())
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no day settled"));
  }

  /** Returns the date of every day_complete in the whole log, in order, duplicates kept. */
  List<LocalDate> completedDays() {
    return all.stream()
        .map(RecordedEvent::event)
        .filter(DayCompleted.class::isInstance)
        .map(e -> ((DayCompleted) e).date())
        .toList();
  }

  /** Returns the status of the last run_finished, or null when the log has none. */
  String finishedStatus() {
    return all.stream()
        .map(RecordedEvent::event)
        .filter(RunFinished.class::isInstance)
        .map(e -> ((RunFinished) e).status())
        .reduce((a, b) -> b)
        .orElse(null);
  }

  /**
   * Returns the committed trading-day events with their run-clock times and sessions, without
   * sequence numbers and run-level events: what two runs of one configuration must agree on.
   */
  List<String> tradingDays() {
    return committed.stream()
        .filter(e -> !(e.event() instanceof RunStarted || e.event() instanceof RunFinished))
        .map(e -> e.at() + " " + e.session() + " " + e.event())
        .toList();
  }

  /** Returns the 0-based index of the {@code nth} (from 1) event of {@code type} in the log. */
  int indexOf(Class<? extends RunEvent> type, int nth) {
    int seen = 0;
    for (int i = 0; i < all.size(); i++) {
      if (type.isInstance(all.get(i).event()) && ++seen == nth) {
        return i;
      }
    }
    throw new AssertionError("the log has fewer than %d %s".formatted(nth, type.getSimpleName()));
  }
}
