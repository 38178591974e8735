package org.evotraders.pipeline.live;

import java.time.Duration;
import java.time.Instant;
import org.evotraders.core.event.RunEvent.MarketStatusChanged;
import org.evotraders.pipeline.live.RunTimer.RunStopped;
import org.evotraders.pipeline.runs.EventLog;

/**
 * Checks the market's status every 60 s of run time and records it when it changes: premarket,
 * open, closed, and the day's session with it. Runs on its own thread until the run stops.
 */
final class MarketStatusMonitor implements Runnable {

  static final Duration CHECK_INTERVAL = Duration.ofSeconds(60);

  private final RunTimer timer;
  private final ExchangeHours hours;
  private final EventLog log;

  MarketStatusMonitor(RunTimer timer, ExchangeHours hours, EventLog log) {
    this.timer = timer;
    this.hours = hours;
    this.log = log;
  }

  @Override
  public void run() {
    MarketStatusChanged last = null;
    try {
      while (true) {
        Instant now = timer.now();
        MarketStatusChanged status = hours.status(now);
        if (!status.equals(last)) {
          log.append(now, ExchangeHours.dateAt(now), status);
          last = status;
        }
        timer.waitUntil(now.plus(CHECK_INTERVAL));
      }
    } catch (RunStopped stopped) {
      // the run ended: so does the monitor
    }
  }
}
