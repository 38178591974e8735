package org.evotraders.bench.gateway;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.gateway.feed.EventFeed;
import org.evotraders.gateway.feed.RunFeed;
import org.evotraders.pipeline.runs.Bootstrap;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * Plays a recorded run into a feed with each event published at a given offset from the start, as
 * {@link org.evotraders.gateway.feed.RunReplay} does at a fixed speed (both through {@link
 * EventFeed#replay}): the offsets are those at which the run emitted its events ({@link
 * EmissionClock}).
 */
final class PacedReplay {

  private final List<RecordedEvent> events;
  private final long[] offsets;
  private final EventFeed feed;

  /** Prepares {@code run}'s replay; {@code stamps} are its events' emission times (nanoTime). */
  PacedReplay(RunDirectory run, long[] stamps) {
    this.events = EventLog.read(run.events());
    if (stamps.length != events.size()) {
      throw new IllegalArgumentException(
          "%d emission times for %d events: the run's log was not followed from its start"
              .formatted(stamps.length, events.size()));
    }
    this.offsets = new long[stamps.length];
    for (int i = 0; i < stamps.length; i++) {
      offsets[i] = stamps[i] - stamps[0];
    }
    this.feed = EventFeed.replaying(run, Bootstrap.read(run.bootstrap()).config());
  }

  RunFeed feed() {
    return feed;
  }

  /** Returns the time from the first event to the last, as the run emitted them. */
  Duration span() {
    return Duration.ofNanos(offsets[offsets.length - 1]);
  }

  /** Publishes every event at its offset from now, on a virtual thread. */
  Thread start() {
    return Thread.ofVirtual().name("paced-replay").start(this::play);
  }

  private void play() {
    long start = System.nanoTime();
    try {
      for (int i = 0; i < offsets.length; i++) {
        long wait = start + offsets[i] - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        feed.replay(events.get(i));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
