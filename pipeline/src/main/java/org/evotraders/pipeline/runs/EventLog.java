package org.evotraders.pipeline.runs;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.WholeLines;

/**
 * A run's events.jsonl: one JSON object per line, appended before anyone acts on the event. The
 * file is the run's record; listeners (projections, the gateway) see each event after it is
 * written. Events that happen together (a stage's outcome) are appended with one write. A line cut
 * short by a crash is dropped on reopening, so a resumed run continues from the last whole event.
 */
public final class EventLog implements AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private final List<RecordedEvent> recovered;
  private final List<Consumer<RecordedEvent>> listeners = new CopyOnWriteArrayList<>();
  private final LineBuffer lines = new LineBuffer();
  private final JsonGenerator fields = EventCodec.generator(lines);
  private long lastSeq;

  private EventLog(Path file, FileChannel channel, List<RecordedEvent> recovered) {
    this.file = file;
    this.channel = channel;
    this.recovered = List.copyOf(recovered);
    this.lastSeq = recovered.isEmpty() ? 0 : recovered.getLast().seq();
  }

  /**
   * Opens the log at {@code file} for appending, creating it or reading what it holds. The file is
   * locked while open, so two processes can never append to one run.
   */
  public static EventLog open(Path file) {
    try {
      Files.createDirectories(file.getParent());
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (lock(channel) == null) {
        channel.close();
        throw new IllegalStateException(
            "the run of " + file + " is being written by another process: stop it first");
      }
      WholeLines<RecordedEvent> existing = wholeLines(file);
      channel.truncate(existing.length());
      channel.position(existing.length());
      return new EventLog(file, channel, existing.values());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the event log " + file, e);
    }
  }

  private static FileLock lock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      return null;
    }
  }

  /** Returns every whole event in a log file, for replay; a torn last line is ignored. */
  public static List<RecordedEvent> read(Path file) {
    try {
      return wholeLines(file).values();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event log " + file, e);
    }
  }

  private static WholeLines<RecordedEvent> wholeLines(Path file) throws IOException {
    return WholeLines.read(file, EventCodec::decode, "an event");
  }

  /** Appends an event at run-clock time {@code at} and returns it with its sequence number. */
  public RecordedEvent append(Instant at, LocalDate session, RunEvent event) {
    return appendAll(at, session, List.of(event)).getFirst();
  }

  /**
   * Appends events that happened together at run-clock time {@code at}, in order, with one write;
   * listeners see them after all are written. Returns them with their sequence numbers.
   */
  public synchronized List<RecordedEvent> appendAll(
      Instant at, LocalDate session, List<? extends RunEvent> events) {
    List<RecordedEvent> recorded = new ArrayList<>(events.size());
    lines.clear();
    long seq = lastSeq;
    for (RunEvent event : events) {
      RecordedEvent next = new RecordedEvent(++seq, at, session, event);
      EventCodec.write(next, lines, fields);
      recorded.add(next);
    }
    try {
      lines.drainTo(channel);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the event log " + file, e);
    }
    lastSeq = seq;
    for (RecordedEvent event : recorded) {
      for (Consumer<RecordedEvent> listener : listeners) {
        listener.accept(event);
      }
    }
    return recorded;
  }

  /** Calls {@code listener} with every event appended from now on. */
  public void subscribe(Consumer<RecordedEvent> listener) {
    listeners.add(listener);
  }

  /**
   * Returns the events the file held when it was opened, oldest first: what a resumed run replays.
   * Appended events are not kept in memory; listeners receive them.
   */
  public List<RecordedEvent> recovered() {
    return recovered;
  }

  /** Returns the sequence number of the last event written. */
  public synchronized long lastSeq() {
    return lastSeq;
  }

  /** Forces written events to the disk, e.g. at the end of each day. */
  public void sync() {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sync the event log " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the event log " + file, e);
    }
  }
}
