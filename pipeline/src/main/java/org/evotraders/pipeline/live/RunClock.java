package org.evotraders.pipeline.live;

import java.time.Instant;
import java.util.concurrent.ThreadFactory;

/**
 * The time of a live or mock run: what the exchange calendar, the waits for the open and the close,
 * the quote polls and the event log read. {@link WallClock} is real time, {@link AcceleratedClock}
 * runs faster than real time for mock mode, {@link ManualClock} is virtual time for tests.
 */
public interface RunClock {

  /** Returns the run's current instant. */
  Instant now();

  /**
   * Returns once the clock reads {@code instant} or later; at once if it already does.
   *
   * @throws InterruptedException when the waiting thread is interrupted (a run being stopped)
   */
  void sleepUntil(Instant instant) throws InterruptedException;

  /**
   * Returns the factory of the run's threads. A virtual clock moves only while every one of them
   * sleeps, so all threads that wait on this clock must come from here and must be started.
   */
  ThreadFactory threads();

  /**
   * Interrupts {@code thread}, e.g. to stop a run; one asleep on this clock wakes with an {@link
   * InterruptedException}. A virtual clock counts it as working from here on, so time cannot move
   * on before it has seen the interrupt.
   */
  default void interrupt(Thread thread) {
    thread.interrupt();
  }
}
