package org.evotraders.pipeline.live;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadFactory;

/** Real time: the clock of a live run. */
public final class WallClock implements RunClock {

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public void sleepUntil(Instant instant) throws InterruptedException {
    for (Duration left = Duration.between(now(), instant);
        left.isPositive();
        left = Duration.between(now(), instant)) {
      Thread.sleep(left);
    }
  }

  @Override
  public ThreadFactory threads() {
    return Thread.ofPlatform().name("live-run-", 0).factory();
  }
}
