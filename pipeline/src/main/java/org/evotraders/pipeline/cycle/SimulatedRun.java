package org.evotraders.pipeline.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.evotraders.agents.toolkit.Toolkit;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.fills.FillTiming;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.market.TradingSession;
import org.evotraders.pipeline.projection.ProjectionFiles;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * A run on a simulated clock that jumps from session to session of the exchange calendar: a
 * backtest over history, or mock mode over the synthetic market. It resumes from its event log: the
 * completed days are folded back into the book and the baselines, and the interrupted day runs
 * again from its start, so a resumed run ends with the same trades as an uninterrupted one.
 */
public final class SimulatedRun {

  /** How long between rewrites of the state files and dashboard exports, in wall-clock time. */
  static final long PROJECTION_INTERVAL_MILLIS = 1_000;

  private final RunParts parts;
  private LogListener opened = (log, projection) -> {};
  private BooleanSupplier stopRequested = () -> false;

  /**
   * Sees a run's opened event log and its projection (already subscribed to the log) before the run
   * appends its first event, e.g. to stream the run from its log.
   */
  @FunctionalInterface
  public interface LogListener {
    void opened(EventLog log, RunProjection projection);
  }

  public SimulatedRun(RunParts parts) {
    this.parts = parts;
  }

  /** Calls {@code listener} with the run's log and projection before the first event appends. */
  public SimulatedRun onLogOpened(LogListener listener) {
    this.opened = listener;
    return this;
  }

  /**
   * Stops the run at the next day boundary once {@code stop} answers true: it ends with RunFinished
   * status "stopped" and may be resumed.
   */
  public SimulatedRun stopWhen(BooleanSupplier stop) {
    this.stopRequested = stop;
    return this;
  }

  /** Returns the days of a run configured as {@code config}, in order. */
  public static List<TradingDay> schedule(RunConfig config) {
    TradingCalendar calendar = TradingCalendar.nyse();
    FillTiming fills = FillModels.of(config.fillModel());
    List<TradingSession> sessions = calendar.sessions(config.start(), config.end());
    List<TradingDay> days = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      days.add(TradingDay.of(i, sessions.size(), sessions.get(i), fills, calendar));
    }
    return days;
  }

  /** Returns the first date of price history the run's tools and baselines load. */
  public static LocalDate historyStart(RunConfig config) {
    List<TradingDay> days = schedule(config);
    LocalDate first = days.isEmpty() ? config.start() : days.getFirst().decisionSession();
    return first.minusDays(Toolkit.WARM_UP_DAYS);
  }

  /** Runs (or resumes) the whole run and returns how it ended. */
  public RunOutcome execute() {
    RunConfig config = parts.config();
    RunDirectory run = parts.run();
    List<TradingDay> days = schedule(config);
    if (days.isEmpty()) {
      throw new IllegalArgumentException(
          "no NYSE session between %s and %s: choose dates with trading days"
              .formatted(config.start(), config.end()));
    }
    try (EventLog log = EventLog.open(run.events())) {
      RestoredBook restored =
          RestoredBook.of(config, parts.source(), days.getFirst(), log.recovered());
      Book book = restored.book();
      Set<LocalDate> completed = restored.completed();
      RunProjection projection = RunProjection.replay(config, log.recovered());
      log.subscribe(projection::apply);
      opened.opened(log, projection);
      ProjectionFiles writer = parts.files().of(projection);
      Instant start = days.getFirst().decisionTime();
      RunRecorder recorder = new RunRecorder(log, start);
      recorder.record(parts.started(config.start(), !log.recovered().isEmpty()));
      DailyCycle cycle =
          parts.cycle(
              recorder,
              new SessionBars(parts.source(), config.tickers(), config.benchmark()),
              projection::trackRecords);
      long lastWrite = 0;
      int ran = completed.size();
      String status = "completed";
      String reason = "all %d days run".formatted(days.size());
      for (int i = 0; i < days.size(); i++) {
        TradingDay day = days.get(i);
        if (completed.contains(day.date())) {
          continue;
        }
        // checked before a day rather than after it, so a budget spent on the last day still
        // lets the run end as completed
        if (stopRequested.getAsBoolean()) {
          status = "stopped";
          reason = "stopped on request after %d of %d days".formatted(ran, days.size());
          break;
        }
        if (parts.budget().exhausted()) {
          status = "budget_exhausted";
          reason = parts.budget().message();
          break;
        }
        cycle.run(day, book, i + 1 < days.size() ? days.get(i + 1) : null);
        ran++;
        parts
            .progress()
            .accept(
                new DayProgress(
                    day.date(), ran, days.size(), book.lastNav(), config.initialCash()));
        long now = System.currentTimeMillis();
        if (now - lastWrite >= PROJECTION_INTERVAL_MILLIS) {
          writer.write(run);
          lastWrite = now;
        }
      }
      recorder.record(new RunFinished(status, reason));
      log.sync();
      writer.write(run);
      return new RunOutcome(
          run, status, reason, book.portfolio(), book.baselines(), projection, ran, days.size());
    }
  }
}
