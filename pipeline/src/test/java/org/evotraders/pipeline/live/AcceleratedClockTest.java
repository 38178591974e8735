package org.evotraders.pipeline.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Mock mode's clock: simulated time is the start plus speed times the wall time elapsed. */
class AcceleratedClockTest {

  private static final Instant START = Instant.parse("2024-12-02T14:30:00Z");

  @Test
  void runsSpeedTimesFasterThanTheWallFromItsStart() {
    AtomicReference<Instant> wall = new AtomicReference<>(Instant.parse("2030-01-01T00:00:00Z"));
    AcceleratedClock clock = new AcceleratedClock(START, 390, wall::get);

    assertThat(clock.now()).isEqualTo(START);
    wall.set(wall.get().plusSeconds(60));
    // 60 s of wall time at speed 390 is 23,400 s: the 6.5 hours of a full session
    assertThat(clock.now()).isEqualTo(START.plus(Duration.ofHours(6).plusMinutes(30)));
  }

  @Test
  void fitsASessionIntoTheWallTimeAsked() {
    assertThat(AcceleratedClock.speedFor(Duration.ofMinutes(390), Duration.ofSeconds(60)))
        .isCloseTo(390, within(1e-12));
  }

  @Test
  void sleepsUntilTheSimulatedInstantInAFractionOfTheWallTime() throws InterruptedException {
    AcceleratedClock clock = new AcceleratedClock(START, 3600);
    long before = System.nanoTime();

    clock.sleepUntil(clock.now().plusSeconds(360));

    // 360 simulated seconds at 3600 times real time take 0.1 s
    assertThat(Duration.ofNanos(System.nanoTime() - before))
        .isBetween(Duration.ofMillis(90), Duration.ofSeconds(5));
  }

  @Test
  void refusesASpeedThatIsNotPositive() {
    assertThatThrownBy(() -> new AcceleratedClock(START, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("speed must be positive");
  }
}
