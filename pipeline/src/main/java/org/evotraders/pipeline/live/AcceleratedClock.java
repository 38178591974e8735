package org.evotraders.pipeline.live;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ThreadFactory;

/**
 * Simulated time running {@code speed} times faster than the wall clock from {@code start}: the
 * clock of mock mode, e.g. a 6.5-hour session in a minute at speed 390. Simulated time is {@code
 * start + speed * (wall time elapsed since construction)}.
 */
public final class AcceleratedClock implements RunClock {

  private final Instant start;
  private final double speed;
  private final InstantSource wall;
  private final Instant wallStart;

  /** Starts at {@code start} now, running {@code speed} times faster than real time. */
  public AcceleratedClock(Instant start, double speed) {
    this(start, speed, InstantSource.system());
  }

  AcceleratedClock(Instant start, double speed, InstantSource wall) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException(
          "the clock's speed must be positive, was " + speed + ": use 1 for real time");
    }
    this.start = start;
    this.speed = speed;
    this.wall = wall;
    this.wallStart = wall.instant();
  }

  /** Returns the speed that fits a session of {@code session} into {@code wall} real time. */
  public static double speedFor(Duration session, Duration wall) {
    return (double) session.toNanos() / wall.toNanos();
  }

  @Override
  public Instant now() {
    long elapsed = Duration.between(wallStart, wall.instant()).toNanos();
    return start.plusNanos(Math.round(elapsed * speed));
  }

  @Override
  public void sleepUntil(Instant instant) throws InterruptedException {
    for (long left = Duration.between(now(), instant).toNanos();
        left > 0;
        left = Duration.between(now(), instant).toNanos()) {
      Thread.sleep(Duration.ofNanos(Math.max(1, (long) Math.ceil(left / speed))));
    }
  }

  @Override
  public ThreadFactory threads() {
    return Thread.ofPlatform().name("mock-run-", 0).factory();
  }
}
