package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.evotraders.pipeline.runs.AtomicFiles;
import org.evotraders.pipeline.runs.EventCodec;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * Writes a {@link RunProjection} into its run folder: state/server_state.json and
 * state/runtime_state.json always, and the original UI's team_dashboard/{summary, holdings, stats,
 * trades, leaderboard}.json unless the compatibility exports are switched off. Every file is
 * replaced atomically; the caller decides how often (each day, each few events).
 */
public final class ProjectionFiles {

  /** The environment variable that switches the team_dashboard exports off when "false". */
  public static final String EXPORTS_VARIABLE = "ENABLE_DASHBOARD_COMPAT_EXPORTS";

  private static final ObjectWriter PRETTY = EventCodec.JSON.writerWithDefaultPrettyPrinter();

  private final RunProjection projection;
  private final boolean dashboardExports;
  private final Clock clock;

  /**
   * Writes {@code projection}, with the team_dashboard files when {@code dashboardExports}, and
   * stamps server_state.json's {@code last_saved} from {@code clock}.
   */
  public ProjectionFiles(RunProjection projection, boolean dashboardExports, Clock clock) {
    this.projection = projection;
    this.dashboardExports = dashboardExports;
    this.clock = clock;
  }

  /** Returns false when {@code environment} sets {@value #EXPORTS_VARIABLE} to false, 0 or no. */
  public static boolean dashboardExportsEnabled(Map<String, String> environment) {
    String value = environment.get(EXPORTS_VARIABLE);
    return value == null || !value.strip().toLowerCase().matches("false|0|no|off");
  }

  /** Rewrites the run's state files and, when enabled, its dashboard exports. */
  public void write(RunDirectory run) {
    Written written =
        projection.render(
            documents ->
                new Written(
                    documents.serverState(clock.instant()),
                    documents.runtimeState(),
                    dashboardExports ? documents.dashboard() : null));
    write(run.serverState(), written.serverState());
    write(run.runtimeState(), written.runtimeState());
    if (written.dashboard() != null) {
      Path folder = run.dashboard();
      write(folder.resolve("summary.json"), written.dashboard().summary());
      write(folder.resolve("holdings.json"), written.dashboard().holdings());
      write(folder.resolve("stats.json"), written.dashboard().stats());
      write(folder.resolve("trades.json"), written.dashboard().trades());
      write(folder.resolve("leaderboard.json"), written.dashboard().leaderboard());
    }
  }

  private static void write(Path file, JsonNode document) {
    try {
      AtomicFiles.write(file, PRETTY.writeValueAsString(document) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render " + file, e);
    }
  }

  private record Written(
      JsonNode serverState, JsonNode runtimeState, DashboardDocuments dashboard) {}
}
