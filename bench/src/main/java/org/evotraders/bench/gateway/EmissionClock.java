package org.evotraders.bench.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Notes when each event of a run appears in its events.jsonl while another process runs it: a
 * thread reads what was appended every millisecond and stamps each new line (nanoTime). The stamps
 * are the pace at which the run really emits its events, for a replay at that pace.
 */
final class EmissionClock {

  private final Path runs;
  private final Thread watcher;
  private long[] stamps = new long[8_192];
  private int count;
  private volatile boolean stopped;

  private EmissionClock(Path runs) {
    this.runs = runs;
    this.watcher = Thread.ofPlatform().name("emission-clock").daemon().start(this::watch);
  }

  /** Starts watching the first run folder that appears in {@code runs}. */
  static EmissionClock watch(Path runs) {
    return new EmissionClock(runs);
  }

  /** Stops watching (after one last read) and returns each event's stamp, in log order. */
  long[] stop() throws InterruptedException {
    stopped = true;
    watcher.join();
    return Arrays.copyOf(stamps, count);
  }

  private void watch() {
    try {
      Path log = awaitLog();
      if (log == null) {
        return;
      }
      try (InputStream in = Files.newInputStream(log)) {
        byte[] chunk = new byte[1 << 16];
        boolean last = false;
        while (!last) {
          last = stopped;
          long now = System.nanoTime();
          for (int read; (read = in.read(chunk)) > 0; ) {
            for (int i = 0; i < read; i++) {
              if (chunk[i] == '\n') {
                stamp(now);
              }
            }
          }
          Thread.sleep(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot follow the run's events in " + runs, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Path awaitLog() throws IOException, InterruptedException {
    while (!stopped) {
      Optional<Path> log = Optional.empty();
      if (Files.isDirectory(runs)) {
        try (Stream<Path> folders = Files.list(runs)) {
          log = folders.map(f -> f.resolve("events.jsonl")).filter(Files::exists).findFirst();
        }
      }
      if (log.isPresent()) {
        return log.get();
      }
      Thread.sleep(1);
    }
    return null;
  }

  private void stamp(long now) {
    if (count == stamps.length) {
      stamps = Arrays.copyOf(stamps, count * 2);
    }
    stamps[count++] = now;
  }
}
