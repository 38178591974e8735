package org.evotraders.pipeline.live;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.evotraders.agents.toolkit.Toolkit;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.core.fills.FillTiming;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.market.TradingSession;
import org.evotraders.pipeline.cycle.Book;
import org.evotraders.pipeline.cycle.DailyCycle;
import org.evotraders.pipeline.cycle.DayProgress;
import org.evotraders.pipeline.cycle.FillModels;
import org.evotraders.pipeline.cycle.RestoredBook;
import org.evotraders.pipeline.cycle.RunOutcome;
import org.evotraders.pipeline.cycle.RunParts;
import org.evotraders.pipeline.cycle.RunRecorder;
import org.evotraders.pipeline.cycle.SimulatedRun;
import org.evotraders.pipeline.cycle.TradingDay;
import org.evotraders.pipeline.live.RunTimer.RunStopped;
import org.evotraders.pipeline.projection.ProjectionFiles;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * A run on a clock that the exchange keeps: live paper trading on real quotes, or mock mode on
 * synthetic quotes and a faster clock. On every trading day, until stopped or past the
 * configuration's end date (none: until stopped), the team decides at the decision time on a
 * point-in-time view of the run's market data, its orders are filled at the live prices once the
 * market opens (the simulated broker, the run's costs), and the day settles once it closes. Quotes
 * are polled and the market status watched on threads of their own meanwhile.
 *
 * <p>The trading date is today while today's session has not closed, else the next session. Like a
 * {@link org.evotraders.pipeline.cycle.SimulatedRun} it resumes from its event log: completed days
 * are folded back into the book, and an interrupted day runs again if its close has not passed.
 */
public final class LiveRun {

  private final RunParts parts;
  private final RunDirectory run;
  private final RunConfig config;
  private final LiveSettings live;
  private final ExchangeHours hours = new ExchangeHours(TradingCalendar.nyse());
  private final RunTimer timer;
  private final AtomicReference<RunOutcome> outcome = new AtomicReference<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private Thread thread;
  private SimulatedRun.LogListener opened = (log, projection) -> {};

  /**
   * @param parts the run's parts; its configuration's {@code start} is the first date it may trade
   *     on, {@code end} the last (null: until stopped)
   */
  public LiveRun(RunParts parts, LiveSettings live) {
    this.parts = parts;
    this.run = parts.run();
    this.config = parts.config();
    this.live = live;
    this.timer = new RunTimer(live.clock());
  }

  /** Calls {@code listener} with the run's event log once it is open, before the first append. */
  public LiveRun onLogOpened(SimulatedRun.LogListener listener) {
    this.opened = listener;
    return this;
  }

  /** Returns the first date of price history the run's tools load. */
  public static LocalDate historyStart(RunConfig config) {
    TradingCalendar calendar = TradingCalendar.nyse();
    LocalDate first = config.start();
    return calendar.previousSession(first).minusDays(Toolkit.WARM_UP_DAYS);
  }

  /** Returns the trading date of a run started at {@code instant}: today until its close. */
  public static LocalDate tradingDate(Instant instant) {
    return new ExchangeHours(TradingCalendar.nyse()).tradingDate(instant);
  }

  /**
   * Runs (or resumes) the run until it is stopped or its end date has passed, and returns how it
   * ended: completed, stopped, or budget_exhausted.
   */
  public RunOutcome execute() {
    start();
    return awaitOutcome();
  }

  /** Starts the run on a thread of its clock and returns at once. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("run " + run.runId() + " has already started");
    }
    thread =
        live.clock()
            .threads()
            .newThread(
                () -> {
                  try {
                    outcome.set(runDays());
                  } catch (RuntimeException | Error e) {
                    failure.set(e);
                  }
                });
    thread.start();
  }

  /**
   * Waits for the started run to end and returns how it ended; rethrows what made it fail. An
   * interrupt of the waiting thread stops the run.
   */
  public RunOutcome awaitOutcome() {
    Thread running;
    synchronized (this) {
      if (thread == null) {
        throw new IllegalStateException("run " + run.runId() + " has not started: call start()");
      }
      running = thread;
    }
    join(running, this::stop);
    switch (failure.get()) {
      case null -> {}
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      default -> throw new IllegalStateException(failure.get());
    }
    return outcome.get();
  }

  /**
   * Stops the run: the step under way ends (an agent's call, a quote request), the next wait does
   * not start, and the run finishes as stopped. A day cut short runs again when the run resumes.
   */
  public void stop() {
    timer.stop();
  }

  private RunOutcome runDays() {
    try (EventLog log = EventLog.open(run.events())) {
      LocalDate first = firstDate(log.recovered());
      FillTiming fills = FillModels.of(config.fillModel());
      TradingDay firstDay =
          TradingDay.of(0, 1, hours.session(first), fills, TradingCalendar.nyse());
      RestoredBook restored = RestoredBook.of(config, parts.source(), firstDay, log.recovered());
      Book book = restored.book();
      RunProjection projection = RunProjection.replay(config, log.recovered());
      log.subscribe(projection::apply);
      opened.opened(log, projection);
      ProjectionFiles writer = parts.files().of(projection);
      RunRecorder recorder = new RunRecorder(log, live.clock()::now);
      recorder.record(parts.started(first, !log.recovered().isEmpty()));
      List<String> symbols = symbols();
      SessionTape tape = new SessionTape();
      LiveQuotes quotes = new LiveQuotes(live.quotes());
      IntradayMarks marks = new IntradayMarks(book, log);
      DailyCycle cycle =
          parts.cycle(
              recorder,
              new LiveSessionMarket(quotes, symbols, timer, tape, marks),
              () -> {
                // the poller's price updates change the projection from another thread
                synchronized (log) {
                  return projection.trackRecords();
                }
              });
      List<Thread> watchers =
          Stream.of(
                  new MarketStatusMonitor(timer, hours, log),
                  new QuotePoller(
                      quotes,
                      config.tickers(),
                      symbols,
                      live.pollInterval(),
                      timer,
                      hours,
                      tape,
                      log,
                      marks))
              .map(live.clock().threads()::newThread)
              .toList();
      watchers.forEach(Thread::start);

      int done = restored.completed().size();
      Optional<LocalDate> last = restored.completed().stream().max(LocalDate::compareTo);
      String status = "completed";
      String reason;
      boolean firstOfThisRun = true;
      try {
        while (true) {
          LocalDate date = next(first, last);
          if (config.end() != null && date.isAfter(config.end())) {
            reason = "every trading day to %s run".formatted(config.end());
            break;
          }
          if (parts.budget().exhausted()) {
            status = "budget_exhausted";
            reason = parts.budget().message();
            break;
          }
          timer.waitUntil(
              firstOfThisRun && live.decisions().startNow()
                  ? timer.now()
                  : live.decisions().on(date));
          firstOfThisRun = false;
          int total = config.end() == null ? done + 1 : done + sessionsFrom(date);
          cycle.run(day(done, total, date, fills), book);
          done++;
          last = Optional.of(date);
          parts
              .progress()
              .accept(new DayProgress(date, done, total, book.lastNav(), config.initialCash()));
          log.sync();
          synchronized (log) {
            writer.write(run);
          }
        }
      } catch (RunStopped stopped) {
        status = "stopped";
        reason = "stopped by the user";
      } finally {
        timer.stop();
        watchers.forEach(watcher -> join(watcher, () -> {}));
      }
      recorder.record(new RunFinished(status, reason));
      log.sync();
      synchronized (log) {
        writer.write(run);
      }
      return new RunOutcome(
          run, status, reason, book.portfolio(), book.baselines(), projection, done, done);
    }
  }

  /** Returns the run's first trading date: as first recorded, or the first one from now on. */
  private LocalDate firstDate(List<RecordedEvent> recovered) {
    return recovered.stream()
        .map(RecordedEvent::event)
        .filter(RunStarted.class::isInstance)
        .map(e -> ((RunStarted) e).start())
        .findFirst()
        .orElseGet(
            () -> {
              LocalDate earliest = hours.sessionOnOrAfter(config.start());
              LocalDate today = hours.tradingDate(timer.now());
              return today.isAfter(earliest) ? today : earliest;
            });
  }

  /** Returns the next date to trade: the current trading date, after the last one done. */
  private LocalDate next(LocalDate first, Optional<LocalDate> last) {
    LocalDate date = hours.tradingDate(timer.now());
    if (date.isBefore(first)) {
      date = first;
    }
    if (last.isPresent() && !date.isAfter(last.get())) {
      date = hours.nextSession(last.get());
    }
    return date;
  }

  /** Returns the day's instants: the decision now, the session's real open and close. */
  private TradingDay day(int index, int total, LocalDate date, FillTiming fills) {
    TradingSession session = hours.session(date);
    TradingDay scheduled = TradingDay.of(index, total, session, fills, TradingCalendar.nyse());
    return new TradingDay(
        index,
        total,
        date,
        scheduled.decisionSession(),
        timer.now(),
        session.open().toInstant(),
        session.close().toInstant());
  }

  private int sessionsFrom(LocalDate date) {
    return TradingCalendar.nyse().sessions(date, config.end()).size();
  }

  private List<String> symbols() {
    return config.tickers().contains(config.benchmark())
        ? List.copyOf(config.tickers())
        : Stream.concat(config.tickers().stream(), Stream.of(config.benchmark())).toList();
  }

  /** Waits for {@code thread} to end, calling {@code onInterrupt} if this thread is interrupted. */
  private static void join(Thread thread, Runnable onInterrupt) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
        onInterrupt.run();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
