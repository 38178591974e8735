package org.evotraders.gateway.feed;

import java.util.List;
import java.util.function.Consumer;

/**
 * A run's stream as the gateway reads it: the state a new client starts from, the events after any
 * sequence number, and every event published from now on. Deliveries are published in sequence
 * order with no gaps.
 */
public interface RunFeed {

  /** Returns the run's id. */
  String runId();

  /** Returns the sequence number of the last event published, 0 before any. */
  long lastSeq();

  /** Returns the run's state as of one published (or about to be published) event. */
  Snapshot snapshot();

  /**
   * Returns up to about {@code limit} published deliveries after {@code seq}, oldest first; empty
   * when none is published yet. Older events than memory holds are read from the run's log.
   */
  List<Delivery> after(long seq, int limit);

  /** Calls {@code listener} with every delivery published from now on, in order. */
  void subscribe(Consumer<Delivery> listener);
}
