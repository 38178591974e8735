package org.evotraders.pipeline.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Virtual time: it moves only when every thread of the run sleeps, to the earliest wake-up. */
class ManualClockTest {

  private static final Instant START = Instant.parse("2024-12-02T14:00:00Z");

  @Test
  void wakesSleepersInTimeOrderAndStandsStillWhileOneWorks() throws InterruptedException {
    ManualClock clock = new ManualClock(START);
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch working = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    Thread slow =
        clock
            .threads()
            .newThread(
                () -> {
                  sleep(clock, START.plusSeconds(10));
                  seen.add("slow woke at " + clock.now());
                  working.countDown();
                  try {
                    // works for real time while the other thread sleeps: the clock must wait
                    done.await();
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                  seen.add("slow done at " + clock.now());
                });
    Thread fast =
        clock
            .threads()
            .newThread(
                () -> {
                  sleep(clock, START.plusSeconds(5));
                  seen.add("fast woke at " + clock.now());
                  sleep(clock, START.plusSeconds(60));
                  seen.add("fast woke at " + clock.now());
                });
    slow.start();
    fast.start();
    working.await();
    Thread.sleep(50);
    assertThat(clock.now()).isEqualTo(START.plusSeconds(10));
    done.countDown();
    slow.join();
    fast.join();

    assertThat(seen)
        .containsExactly(
            "fast woke at 2024-12-02T14:00:05Z",
            "slow woke at 2024-12-02T14:00:10Z",
            "slow done at 2024-12-02T14:00:10Z",
            "fast woke at 2024-12-02T14:01:00Z");
  }

  @Test
  void letsARunThreadActAtAnInstantBeforeTimeMovesOn() throws InterruptedException {
    ManualClock clock = new ManualClock(START);
    List<Instant> ticks = new CopyOnWriteArrayList<>();
    List<Integer> seenAtThreeAndAHalf = new CopyOnWriteArrayList<>();
    // made first, so time cannot move before it waits for 3.5 s
    Thread observer =
        clock
            .threads()
            .newThread(
                () -> {
                  try {
                    // holds the clock for 50 ms of real time: the ticker, due at 4 s, must wait
                    clock.at(
                        START.plusMillis(3500),
                        () -> {
                          seenAtThreeAndAHalf.add(ticks.size());
                          pause();
                          seenAtThreeAndAHalf.add(ticks.size());
                        });
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                });
    Thread ticker =
        clock
            .threads()
            .newThread(
                () -> {
                  for (int i = 1; i <= 5; i++) {
                    sleep(clock, START.plusSeconds(i));
                    ticks.add(clock.now());
                  }
                });
    observer.start();
    ticker.start();
    observer.join();
    ticker.join();

    assertThat(seenAtThreeAndAHalf).containsExactly(3, 3);
    assertThat(ticks).hasSize(5).last().isEqualTo(START.plusSeconds(5));
  }

  @Test
  void movesStraightToTheInstantAThreadOutsideTheRunWaitsFor() throws InterruptedException {
    ManualClock clock = new ManualClock(START);

    clock.sleepUntil(START.plusSeconds(3600));

    assertThat(clock.now()).isEqualTo(START.plusSeconds(3600));
  }

  @Test
  void wakesASleeperInterruptedThroughTheClockBeforeTimeMovesOn() throws InterruptedException {
    ManualClock clock = new ManualClock(START);
    List<String> seen = new CopyOnWriteArrayList<>();
    Thread sleeper =
        clock
            .threads()
            .newThread(
                () -> {
                  try {
                    clock.sleepUntil(START.plusSeconds(60));
                    seen.add("woke by time");
                  } catch (InterruptedException e) {
                    seen.add("interrupted at " + clock.now());
                  }
                });
    Thread stopper =
        clock
            .threads()
            .newThread(
                () -> {
                  try {
                    clock.at(START.plusSeconds(10), () -> clock.interrupt(sleeper));
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                });
    stopper.start();
    sleeper.start();
    stopper.join();
    sleeper.join();

    assertThat(seen).containsExactly("interrupted at 2024-12-02T14:00:10Z");
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(ManualClock clock, Instant until) {
    try {
      clock.sleepUntil(until);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
