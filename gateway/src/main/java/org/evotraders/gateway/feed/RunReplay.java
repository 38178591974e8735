package org.evotraders.gateway.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.pipeline.runs.Bootstrap;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * Plays a recorded run's events into a feed as if it were running: each event is published after
 * the run-clock time since the previous one, divided by {@code speed}; speed 0 publishes as fast as
 * possible. Its projection follows the replay, so a client connecting midway starts from the state
 * at that point.
 */
public final class RunReplay {

  private final RunDirectory run;
  private final EventFeed feed;
  private final double speed;
  private final CountDownLatch finished = new CountDownLatch(1);

  private RunReplay(RunDirectory run, RunConfig config, double speed) {
    if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException(
          "replay speed " + speed + " is not a rate: give a positive number, or 0 for the fastest");
    }
    this.run = run;
    this.feed = EventFeed.replaying(run, config);
    this.speed = speed;
  }

  /**
   * Prepares the replay of {@code run}, reading its configuration and events; nothing plays yet.
   */
  public static RunReplay of(RunDirectory run, double speed) {
    return new RunReplay(run, Bootstrap.read(run.bootstrap()).config(), speed);
  }

  /** Returns the feed the replay publishes to. */
  public RunFeed feed() {
    return feed;
  }

  /** Starts playing on a virtual thread named after the run. */
  public Thread start() {
    return Thread.ofVirtual().name("replay-" + feed.runId()).start(this::play);
  }

  /** Waits until every event is published. */
  public void awaitFinished() throws InterruptedException {
    finished.await();
  }

  private void play() {
    try {
      List<RecordedEvent> events = EventLog.read(run.events());
      Instant previous = events.isEmpty() ? null : events.getFirst().at();
      for (RecordedEvent recorded : events) {
        pause(Duration.between(previous, recorded.at()));
        previous = recorded.at();
        feed.replay(recorded);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      finished.countDown();
    }
  }

  private void pause(Duration runTime) throws InterruptedException {
    if (speed == 0 || runTime.isNegative() || runTime.isZero()) {
      return;
    }
    long nanos = (long) (runTime.toNanos() / speed);
    if (nanos > 0) {
      Thread.sleep(Duration.ofNanos(nanos));
    }
  }
}
