package org.evotraders.pipeline.live;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The waits of a live run on its clock, which a stop cuts short: every thread waiting is woken and
 * every wait from then on ends at once with {@link RunStopped}. A stop never interrupts a thread
 * that is working (an agent calling its model, a quote request), only one that waits.
 */
final class RunTimer {

  private final RunClock clock;
  private final Set<Thread> waiting = new HashSet<>();
  private boolean stopped;

  RunTimer(RunClock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.now();
  }

  /** Waits until {@code instant}; throws {@link RunStopped} once the run is stopped. */
  void waitUntil(Instant instant) {
    synchronized (this) {
      if (stopped) {
        throw new RunStopped();
      }
      waiting.add(Thread.currentThread());
    }
    try {
      clock.sleepUntil(instant);
    } catch (InterruptedException e) {
      // an interrupt from outside (e.g. a shutting-down JVM) stops the run like stop() does
      stop();
    } finally {
      synchronized (this) {
        waiting.remove(Thread.currentThread());
        if (stopped) {
          // clears an interrupt sent by stop() just as the wait ended, so it cannot hit later work
          Thread.interrupted();
        }
      }
    }
    synchronized (this) {
      if (stopped) {
        throw new RunStopped();
      }
    }
  }

  /** Stops the run: wakes every waiting thread and ends every later wait. */
  synchronized void stop() {
    stopped = true;
    waiting.forEach(clock::interrupt);
  }

  /** Thrown out of a wait once the run is stopped, to end the work waiting for it. */
  static final class RunStopped extends RuntimeException {
    RunStopped() {
      super("the run was stopped", null, false, false);
    }
  }
}
