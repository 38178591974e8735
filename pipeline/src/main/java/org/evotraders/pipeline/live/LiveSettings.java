package org.evotraders.pipeline.live;

import java.time.Duration;
import org.evotraders.core.marketdata.QuoteSource;

/**
 * What a live or mock run adds to a run's configuration: its clock, where its quotes come from,
 * when the team decides, and how often the quotes are polled while the market is open.
 *
 * @param pollInterval run time between quote polls (the CLI's --poll-interval, 10 s by default)
 */
public record LiveSettings(
    RunClock clock, QuoteSource quotes, DecisionTime decisions, Duration pollInterval) {

  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);

  public LiveSettings {
    if (!pollInterval.isPositive()) {
      throw new IllegalArgumentException(
          "the poll interval must be positive, was " + pollInterval + ": use e.g. 10 seconds");
    }
  }

  /** Returns settings with the default poll interval of 10 s. */
  public static LiveSettings of(RunClock clock, QuoteSource quotes, DecisionTime decisions) {
    return new LiveSettings(clock, quotes, decisions, DEFAULT_POLL_INTERVAL);
  }
}
