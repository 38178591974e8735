package org.evotraders.cli;

import java.time.Duration;
import java.time.Instant;
import org.evotraders.pipeline.live.DecisionTime;
import org.evotraders.pipeline.live.LiveRun;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * How a live or intraday mock run keeps time: when the team decides each day and how often quotes
 * are polled. A live run trades from today's trading date until stopped; an intraday mock run walks
 * its configured dates on a faster clock.
 */
record LiveTiming(boolean mock, DecisionTime decisions, Duration poll) {

  /** Returns the run's configuration for this kind of run. */
  RunConfig configure(RunConfig base) {
    if (mock) {
      return base.withSchedule("mock", base.start(), base.end());
    }
    return base.withSchedule("live", LiveRun.tradingDate(Instant.now()), null);
  }
}
