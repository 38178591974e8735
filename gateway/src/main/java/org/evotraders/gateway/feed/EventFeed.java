package org.evotraders.gateway.feed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * A run's events, rendered once into wire messages as they are published: the newest held in a
 * ring, older ones read back from events.jsonl and rendered again over a fresh projection (so a
 * client catching up from far behind gets exactly the messages a live client got).
 *
 * <p>Publish each event after the run's projection has applied it: live, subscribe {@link #publish}
 * to the event log after the projection ({@link #attach}); a replay calls {@link #replay}, which
 * does both.
 */
public final class EventFeed implements RunFeed {

  /** Deliveries held in memory by default: several days of a ten-ticker run. */
  public static final int DEFAULT_RING = 20_000;

  private final String runId;
  private final Path events;
  private final RunProjection projection;
  private final Supplier<RunProjection> freshProjection;
  private final WireTranslator translator;
  private final DeliveryRing ring;
  private final List<Consumer<Delivery>> listeners = new CopyOnWriteArrayList<>();
  private volatile long published;

  /**
   * Starts a feed of the run {@code runId} whose log is {@code events}; {@code projection} is the
   * run's live projection and {@code freshProjection} makes empty ones for catching up from the
   * file.
   */
  public EventFeed(
      String runId,
      Path events,
      RunProjection projection,
      Supplier<RunProjection> freshProjection,
      int ringCapacity) {
    this.runId = runId;
    this.events = events;
    this.projection = projection;
    this.freshProjection = freshProjection;
    this.translator = new WireTranslator(projection);
    this.ring = new DeliveryRing(ringCapacity);
  }

  /**
   * Returns a feed attached to a running run's {@code log}: the events it recovered count as
   * published (served from the file), and every event appended from now on is published. Call it
   * after subscribing {@code projection} to the log and before appending.
   */
  public static EventFeed attach(
      String runId,
      EventLog log,
      Path events,
      RunProjection projection,
      Supplier<RunProjection> fresh) {
    EventFeed feed = new EventFeed(runId, events, projection, fresh, DEFAULT_RING);
    feed.skip(log.recovered());
    log.subscribe(feed::publish);
    return feed;
  }

  /**
   * Returns a feed for replaying the finished run {@code run} of configuration {@code config}, with
   * a projection of its own that {@link #replay} advances.
   */
  public static EventFeed replaying(RunDirectory run, RunConfig config) {
    return new EventFeed(
        run.runId(),
        run.events(),
        RunProjection.of(config),
        () -> RunProjection.of(config),
        DEFAULT_RING);
  }

  /** Replays {@code recorded}: the feed's projection applies it, then it is published. */
  public void replay(RecordedEvent recorded) {
    projection.apply(recorded);
    publish(recorded);
  }

  /** Counts {@code earlier} as published without holding them: clients read them from the file. */
  synchronized void skip(List<RecordedEvent> earlier) {
    for (RecordedEvent recorded : earlier) {
      translator.frames(recorded, false);
      published = recorded.seq();
    }
    ring.startAfter(published);
  }

  /** Renders {@code recorded}, holds it, and hands it to every listener. */
  public void publish(RecordedEvent recorded) {
    Delivery delivery;
    synchronized (this) {
      delivery = new Delivery(recorded, translator.frames(recorded, true));
      ring.add(delivery);
      published = recorded.seq();
    }
    for (Consumer<Delivery> listener : listeners) {
      listener.accept(delivery);
    }
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public long lastSeq() {
    return published;
  }

  /**
   * Returns the projection's initial state with the seq it reflects. The projection applies each
   * event atomically, so a state read between two equal seqs is that seq's.
   */
  @Override
  public Snapshot snapshot() {
    while (true) {
      long before = projection.lastSeq();
      var state = projection.initialStateJson();
      if (projection.lastSeq() == before) {
        return new Snapshot(before, state);
      }
    }
  }

  @Override
  public List<Delivery> after(long seq, int limit) {
    long upTo;
    synchronized (this) {
      if (ring.covers(seq) || seq >= published) {
        return ring.after(seq, limit);
      }
      upTo = Math.min(ring.firstSeq() - 1, published);
    }
    return fromFile(seq, upTo);
  }

  /** Renders the events {@code (seq, upTo]} again by folding the log from its start. */
  private List<Delivery> fromFile(long seq, long upTo) {
    RunProjection replayed = freshProjection.get();
    WireTranslator again = new WireTranslator(replayed);
    List<Delivery> out = new ArrayList<>();
    for (RecordedEvent recorded : EventLog.read(events)) {
      if (recorded.seq() > upTo) {
        break;
      }
      replayed.apply(recorded);
      List<String> frames = again.frames(recorded, recorded.seq() > seq);
      if (recorded.seq() > seq) {
        out.add(new Delivery(recorded, frames));
      }
    }
    return out;
  }

  @Override
  public void subscribe(Consumer<Delivery> listener) {
    listeners.add(listener);
  }
}
