package org.evotraders.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evotraders.gateway.RunArchive;
import org.evotraders.gateway.RunControl;
import org.evotraders.gateway.RunEquity;
import org.evotraders.gateway.RunListing;
import org.evotraders.gateway.RunRequest;
import org.evotraders.gateway.feed.EventFeed;
import org.evotraders.gateway.feed.RunReplay;
import org.evotraders.gateway.feed.SwitchableFeed;
import org.evotraders.pipeline.cycle.DayProgress;
import org.evotraders.pipeline.cycle.RunOutcome;
import org.evotraders.pipeline.cycle.SimulatedRun;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.Bootstrap;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone's run control: runs one run at a time on a virtual thread with the run launcher,
 * switching the gateway's feed to it as its log opens; stops it at a day boundary on request;
 * replays finished runs; lists the runs folder. Mock runs are paced, so the dashboard shows each
 * day as it happens.
 */
final class StandaloneRuns implements RunControl {

  private static final Logger LOG = LoggerFactory.getLogger(StandaloneRuns.class);

  /** What plays now: a run (stoppable through {@code stop}) or a replay. */
  /** What plays now; {@code halt} asks it to stop (at a day boundary, or at once for a replay). */
  private record Playing(String id, Thread thread, Runnable halt, boolean replay) {
    boolean running() {
      return thread.isAlive();
    }
  }

  private final RunLauncher launcher;
  private final RunArchive archive;
  private final SwitchableFeed feed;
  private final RunConfig base;
  private final Map<String, String> env;
  private final Duration pace;
  private final Map<String, String> failed = new ConcurrentHashMap<>();
  private Playing playing;

  /**
   * @param base the run options a request does not override
   * @param pace wall-clock time after each day of a mock run, so a viewer can follow
   */
  StandaloneRuns(
      RunLauncher launcher,
      Path runsDir,
      SwitchableFeed feed,
      RunConfig base,
      Map<String, String> env,
      Duration pace) {
    this.launcher = launcher;
    this.archive = new RunArchive(runsDir);
    this.feed = feed;
    this.base = base;
    this.env = Map.copyOf(env);
    this.pace = pace;
  }

  @Override
  public List<RunListing> runs() {
    Map<String, String> known = new HashMap<>(failed);
    Playing now = current();
    if (now != null && !now.replay() && now.running()) {
      known.put(now.id(), "running");
    }
    return archive.list(known);
  }

  @Override
  public String start(RunRequest request) {
    RunConfig config = RunRequests.configure(request, base, env);
    synchronized (this) {
      refuseWhileRunning();
      RunDirectory run = launcher.create(archive.folder(), config, "");
      launch(run, true, day -> {}).thenAccept(launched -> launched.gate().close());
      return run.runId();
    }
  }

  /**
   * Runs {@code run} (new or resumed) on a virtual thread, streamed to the gateway's clients;
   * {@code progress} sees each day. Returns the launch as it completes.
   */
  synchronized CompletableFuture<RunLauncher.Launched> launch(
      RunDirectory run, boolean useModelCache, Consumer<DayProgress> progress) {
    refuseWhileRunning();
    RunConfig config = Bootstrap.read(run.bootstrap()).config();
    AtomicBoolean stop = new AtomicBoolean();
    CompletableFuture<RunLauncher.Launched> result = new CompletableFuture<>();
    Consumer<DayProgress> paced =
        day -> {
          progress.accept(day);
          pause(config, stop);
        };
    // A platform thread: a run computes for minutes without blocking, and on a virtual thread it
    // would hold one of the few carriers the gateway's client senders need meanwhile.
    Thread thread =
        Thread.ofPlatform()
            .name("run-" + run.runId())
            .daemon()
            .unstarted(
                () -> {
                  try {
                    result.complete(
                        launcher.launch(
                            run, useModelCache, paced, streamed(run, config), stop::get));
                  } catch (RuntimeException | Error e) {
                    failed.put(run.runId(), "failed");
                    LOG.error("run {} failed", run.runId(), e);
                    result.completeExceptionally(e);
                  }
                });
    playing = new Playing(run.runId(), thread, () -> stop.set(true), false);
    thread.start();
    return result;
  }

  /**
   * Runs a live (paper) or intraday mock run prepared by {@code prepare}, streamed to the gateway's
   * clients, until it ends or is stopped. Returns its outcome as it completes.
   */
  synchronized CompletableFuture<RunOutcome> launchLive(
      RunDirectory run, Function<SimulatedRun.LogListener, RunLauncher.LiveLaunch> prepare) {
    refuseWhileRunning();
    RunConfig config = Bootstrap.read(run.bootstrap()).config();
    RunLauncher.LiveLaunch live = prepare.apply(streamed(run, config));
    CompletableFuture<RunOutcome> result = new CompletableFuture<>();
    Thread thread =
        Thread.ofPlatform()
            .name("run-" + run.runId())
            .daemon()
            .unstarted(
                () -> {
                  try (live) {
                    result.complete(live.run().execute());
                  } catch (RuntimeException | Error e) {
                    failed.put(run.runId(), "failed");
                    LOG.error("run {} failed", run.runId(), e);
                    result.completeExceptionally(e);
                  }
                });
    playing = new Playing(run.runId(), thread, live.run()::stop, false);
    thread.start();
    return result;
  }

  /** Returns the listener that streams a run's log to the gateway's clients once it opens. */
  private SimulatedRun.LogListener streamed(RunDirectory run, RunConfig config) {
    return (log, projection) ->
        feed.switchTo(
            EventFeed.attach(
                run.runId(), log, run.events(), projection, () -> RunProjection.of(config)));
  }

  @Override
  public void stop(String id) {
    Playing now = current();
    if (now != null && !now.replay() && now.id().equals(id) && now.running()) {
      now.halt().run();
      return;
    }
    archive.run(id);
    throw new RunConflict(
        "run %s is not running, so it cannot be stopped; GET /api/runs shows its status"
            .formatted(id));
  }

  /**
   * Stops whatever plays and waits up to {@code grace} for a run to reach its day boundary; used
   * when the process shuts down (a run cut off later resumes from its log).
   */
  void stopAll(Duration grace) {
    Playing now = current();
    if (now == null) {
      return;
    }
    now.halt().run();
    if (now.replay()) {
      now.thread().interrupt();
    }
    try {
      now.thread().join(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public ObjectNode equity(String id) {
    return RunEquity.of(archive.run(id));
  }

  @Override
  public synchronized void replay(String id, double speed) {
    RunDirectory run = archive.run(id);
    refuseWhileRunning();
    RunReplay replay = RunReplay.of(run, speed);
    if (playing != null && playing.replay()) {
      playing.thread().interrupt();
    }
    feed.switchTo(replay.feed());
    playing = new Playing(id, replay.start(), () -> {}, true);
  }

  private synchronized Playing current() {
    return playing;
  }

  /** Refuses a new run or replay while a run (not a replay) is under way. */
  private void refuseWhileRunning() {
    if (playing != null && !playing.replay() && playing.running()) {
      throw new RunConflict(
          "run %s is running: stop it (POST /api/runs/%s/stop) or wait until it ends, then start another"
              .formatted(playing.id(), playing.id()));
    }
  }

  /** Waits the pace after a mock run's day, unless the run is being stopped. */
  private void pause(RunConfig config, AtomicBoolean stop) {
    if (!"mock".equals(config.mode()) || pace.isZero() || stop.get()) {
      return;
    }
    try {
      Thread.sleep(pace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
