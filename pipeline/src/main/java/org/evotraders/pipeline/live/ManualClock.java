package org.evotraders.pipeline.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Virtual time for tests: it stands still while any thread of the run works, and jumps to the
 * earliest wake-up as soon as every one of them sleeps. A run of several days then takes as long as
 * its work, whatever its waits, and its events happen at the same virtual instants every time.
 *
 * <p>The run's threads are those made by {@link #threads()}. A test that must act at an instant
 * (stop a run at noon) does so from one of them, made before the run's, with {@link #at}: time
 * cannot reach that instant before the thread waits for it, nor move on while it acts. A thread
 * outside the run may wait too, counted as one of the run's while it waits and acts, but time may
 * pass before it starts waiting.
 */
public final class ManualClock implements RunClock {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition moved = lock.newCondition();
  private final Set<Thread> parties = new HashSet<>();
  private final List<Sleeper> sleepers = new ArrayList<>();
  private int working;
  private Instant now;

  public ManualClock(Instant start) {
    this.now = start;
  }

  @Override
  public Instant now() {
    lock.lock();
    try {
      return now;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void sleepUntil(Instant instant) throws InterruptedException {
    at(instant, () -> {});
  }

  /**
   * Waits until the clock reads {@code instant}, then runs {@code action} before time can move on.
   */
  public void at(Instant instant, Runnable action) throws InterruptedException {
    boolean party;
    lock.lock();
    try {
      party = parties.contains(Thread.currentThread());
      if (instant.isAfter(now)) {
        Sleeper me = new Sleeper(instant);
        sleepers.add(me);
        if (party) {
          working--;
        }
        advanceIfAllSleep();
        awaitWake(me, party);
      } else if (!party) {
        working++;
      }
    } finally {
      lock.unlock();
    }
    try {
      action.run();
    } finally {
      if (!party) {
        leave();
      }
    }
  }

  @Override
  public ThreadFactory threads() {
    return task -> {
      lock.lock();
      try {
        working++;
        Thread thread =
            Thread.ofPlatform()
                .name("manual-run-", parties.size())
                .unstarted(
                    () -> {
                      try {
                        task.run();
                      } finally {
                        leave();
                        lock.lock();
                        try {
                          parties.remove(Thread.currentThread());
                        } finally {
                          lock.unlock();
                        }
                      }
                    });
        parties.add(thread);
        return thread;
      } finally {
        lock.unlock();
      }
    };
  }

  @Override
  public void interrupt(Thread thread) {
    lock.lock();
    try {
      for (var it = sleepers.iterator(); it.hasNext(); ) {
        Sleeper sleeper = it.next();
        if (sleeper.thread == thread) {
          sleeper.interrupted = true;
          working++;
          it.remove();
        }
      }
      thread.interrupt();
    } finally {
      lock.unlock();
    }
  }

  /** Blocks until {@code me} is woken or interrupted; either way it counts as working again. */
  private void awaitWake(Sleeper me, boolean party) throws InterruptedException {
    try {
      while (!me.woken && !me.interrupted) {
        moved.await();
      }
    } catch (InterruptedException e) {
      if (!me.woken && !me.interrupted) {
        // interrupted from outside the clock: no longer asleep
        sleepers.remove(me);
        if (party) {
          working++;
        }
        throw e;
      }
      if (me.woken) {
        // woken by time as the interrupt came: keep the interrupt for the next wait
        Thread.currentThread().interrupt();
      }
    }
    if (me.interrupted) {
      Thread.interrupted();
      if (!party) {
        working--;
        advanceIfAllSleep();
      }
      throw new InterruptedException("interrupted while asleep on the run clock");
    }
  }

  private void leave() {
    lock.lock();
    try {
      working--;
      advanceIfAllSleep();
    } finally {
      lock.unlock();
    }
  }

  private void advanceIfAllSleep() {
    if (working > 0 || sleepers.isEmpty()) {
      return;
    }
    Instant next = sleepers.stream().map(s -> s.until).min(Comparator.naturalOrder()).orElseThrow();
    if (next.isAfter(now)) {
      now = next;
    }
    for (var it = sleepers.iterator(); it.hasNext(); ) {
      Sleeper sleeper = it.next();
      if (!sleeper.until.isAfter(now)) {
        sleeper.woken = true;
        working++;
        it.remove();
      }
    }
    moved.signalAll();
  }

  private static final class Sleeper {
    private final Thread thread = Thread.currentThread();
    private final Instant until;
    private boolean woken;
    private boolean interrupted;

    private Sleeper(Instant until) {
      this.until = until;
    }
  }
}
