package org.evotraders.pipeline.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The folder {@code runs/<run_id>/} that is the single source of truth of a run: BOOTSTRAP.md (its
 * configuration and run-scoped prompt), events.jsonl, state/, team_dashboard/, agents/ and logs/.
 */
public record RunDirectory(String runId, Path root) {

  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

  /**
   * Creates a new run folder named after {@code now} (YYYYMMDD_HHMMSS), with a suffix _2, _3, ...
   * when that name is taken. Claiming the folder is atomic, so two runs never share one.
   */
  public static RunDirectory create(Path runsRoot, LocalDateTime now) {
    String base = RUN_ID.format(now);
    try {
      Files.createDirectories(runsRoot);
      for (int n = 1; ; n++) {
        String id = n == 1 ? base : base + "_" + n;
        try {
          Path root = Files.createDirectory(runsRoot.resolve(id));
          return new RunDirectory(id, root);
        } catch (FileAlreadyExistsException taken) {
          // another run has this second; try the next suffix
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a run folder under " + runsRoot, e);
    }
  }

  /** Returns the existing run {@code runId} under {@code runsRoot}, or fails naming what exists. */
  public static RunDirectory existing(Path runsRoot, String runId) {
    Path root = runsRoot.resolve(runId);
    if (!Files.isRegularFile(root.resolve("BOOTSTRAP.md"))) {
      throw new IllegalArgumentException(
          "no run '%s' under %s (a run folder holds BOOTSTRAP.md); list the runs with 'ls %s'"
              .formatted(runId, runsRoot, runsRoot));
    }
    return new RunDirectory(runId, root);
  }

  public Path bootstrap() {
    return root.resolve("BOOTSTRAP.md");
  }

  public Path events() {
    return root.resolve("events.jsonl");
  }

  public Path runtimeState() {
    return root.resolve("state").resolve("runtime_state.json");
  }

  public Path serverState() {
    return root.resolve("state").resolve("server_state.json");
  }

  public Path dashboard() {
    return root.resolve("team_dashboard");
  }

  public Path agent(String agentId) {
    return root.resolve("agents").resolve(agentId);
  }

  public Path logs() {
    return root.resolve("logs");
  }

  public Path report() {
    return root.resolve("report.html");
  }
}
