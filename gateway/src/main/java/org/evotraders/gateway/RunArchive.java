package org.evotraders.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evotraders.pipeline.runs.Bootstrap;
import org.evotraders.pipeline.runs.EventCodec;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * The runs of a runs folder as the dashboard lists them: each run's settings from its BOOTSTRAP.md,
 * its status and return from the state files the run writes as it goes. A run whose state says it
 * is still running, but which no control runs, was interrupted: it is listed as stopped.
 */
public final class RunArchive {

  private final Path runsDir;

  public RunArchive(Path runsDir) {
    this.runsDir = runsDir;
  }

  /** Returns the runs folder. */
  public Path folder() {
    return runsDir;
  }

  /** Returns the run {@code id}, or fails with {@link RunControl.RunNotFound}. */
  public RunDirectory run(String id) {
    if (id.isBlank() || id.contains("/") || id.contains("\\") || id.startsWith(".")) {
      throw new RunControl.RunNotFound("'" + id + "' is not a run id: use one GET /api/runs lists");
    }
    try {
      return RunDirectory.existing(runsDir, id);
    } catch (IllegalArgumentException e) {
      throw new RunControl.RunNotFound(
          "no run '%s' in %s: use one GET /api/runs lists".formatted(id, runsDir));
    }
  }

  /**
   * Returns every run, newest first; {@code known} holds the status of runs the caller knows better
   * than their files (the one running, those that failed).
   */
  public List<RunListing> list(Map<String, String> known) {
    if (!Files.isDirectory(runsDir)) {
      return List.of();
    }
    List<RunListing> rows = new ArrayList<>();
    try (Stream<Path> folders = Files.list(runsDir)) {
      for (Path folder : folders.sorted(Comparator.reverseOrder()).toList()) {
        RunDirectory run = new RunDirectory(folder.getFileName().toString(), folder);
        if (Files.isRegularFile(run.bootstrap())) {
          rows.add(listing(run, known.get(run.runId())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the runs in " + runsDir, e);
    }
    return rows;
  }

  private static RunListing listing(RunDirectory run, String knownStatus) {
    RunConfig config = Bootstrap.read(run.bootstrap()).config();
    JsonNode runtime = read(run.runtimeState());
    JsonNode server = read(run.serverState());
    String status = knownStatus != null ? knownStatus : status(run, runtime);
    JsonNode pnl = server == null ? null : server.path("portfolio").get("pnl_percent");
    return new RunListing(
        run.runId(),
        config.mode(),
        config.start(),
        config.end(),
        config.tickers(),
        status,
        pnl == null || !pnl.isNumber() ? null : pnl.asDouble(),
        startedAt(run));
  }

  /** Returns the finish status the run wrote, else stopped (interrupted) or failed (never ran). */
  private static String status(RunDirectory run, JsonNode runtime) {
    String written = runtime == null ? null : runtime.path("status").asText(null);
    if (written == null) {
      return Files.exists(run.events()) ? "stopped" : "failed";
    }
    return switch (written) {
      case "initializing", "running" -> "stopped";
      default -> written;
    };
  }

  private static Instant startedAt(RunDirectory run) {
    try {
      return Files.getLastModifiedTime(run.bootstrap()).toInstant();
    } catch (IOException e) {
      return null;
    }
  }

  /** Returns the JSON file, or null when it is absent or half-written. */
  private static JsonNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return EventCodec.JSON.readTree(file.toFile());
    } catch (IOException e) {
      return null;
    }
  }
}
