package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The original's team_dashboard files as JSON trees: summary.json, holdings.json, stats.json,
 * trades.json and leaderboard.json.
 */
public record DashboardDocuments(
    ObjectNode summary,
    ArrayNode holdings,
    ObjectNode stats,
    ArrayNode trades,
    ArrayNode leaderboard) {

  /** Returns the five documents under the keys the original's {@code dashboard} object used. */
  public ObjectNode asObject() {
    ObjectNode dashboard = summary.objectNode();
    dashboard.set("summary", summary);
    dashboard.set("holdings", holdings);
    dashboard.set("stats", stats);
    dashboard.set("trades", trades);
    dashboard.set("leaderboard", leaderboard);
    return dashboard;
  }
}
