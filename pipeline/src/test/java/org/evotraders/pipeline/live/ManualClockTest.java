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
  void letsAnOutsideThreadActAtAnInstantBeforeTimeMovesOn() throws InterruptedException {
    ManualClock clock = new ManualClock(START);
    List<Instant> ticks = new CopyOnWriteArrayList<>();
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
    ticker.start();
    List<Integer> seenAtThreeAndAHalf = new CopyOnWriteArrayList<>();
    // holds the clock for 50 ms of real time: the ticker, due at 4 s, must not tick meanwhile
    clock.at(
        START.plusMillis(3500),
        () -> {
          seenAtThreeAndAHalf.add(ticks.size());
          pause();
          seenAtThreeAndAHalf.add(ticks.size());
        });
    ticker.join();

    assertThat(seenAtThreeAndAHalf).containsExactly(3, 3);
    assertThat(ticks).hasSize(5);
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
