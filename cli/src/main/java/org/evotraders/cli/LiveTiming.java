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
      return withMode(base, "mock", base.start(), base.end());
    }
    return withMode(base, "live", LiveRun.tradingDate(Instant.now()), null);
  }

  private static RunConfig withMode(
      RunConfig c, String mode, java.time.LocalDate start, java.time.LocalDate end) {
    return new RunConfig(
        mode,
        c.data(),
        c.tickers(),
        start,
        end,
        c.initialCash(),
        c.marginRequirement(),
        c.costs(),
        c.fillModel(),
        c.benchmark(),
        c.maxCommCycles(),
        c.risk(),
        c.models(),
        c.budget(),
        c.seed(),
        c.memory());
  }
}
