package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;
import org.evotraders.core.event.TeamMember;
import org.evotraders.pipeline.report.LeaderboardEntry;

/**
 * leaderboard.json: the portfolio and risk managers first, unranked, then the analysts ranked by
 * win rate (highest first, those not yet scored last, ties by agent id). Names, roles and models
 * come from the run's team; an agent that predicts without being on the roster is listed under its
 * id.
 */
final class Leaderboard {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> TEAM_ROLES = Set.of("portfolio_manager", "risk_manager");
  private static final Comparator<Ranked> BY_WIN_RATE =
      Comparator.comparingDouble(
              (Ranked ranked) -> ranked.winRate() == null ? -1 : ranked.winRate())
          .reversed()
          .thenComparing(ranked -> ranked.member().agentId());

  private final List<TeamMember> team;
  private final AnalystScores scores;

  Leaderboard(List<TeamMember> team, AnalystScores scores) {
    this.team = team;
    this.scores = scores;
  }

  /** Returns the sum of every analyst's tally, the team's predictions that stats.json reports. */
  Tally team() {
    return scores.team();
  }

  ArrayNode render() {
    ArrayNode entries = NODES.arrayNode();
    roster().values().stream()
        .filter(member -> TEAM_ROLES.contains(member.agentId()))
        .forEach(member -> entries.add(entry(member, scores.tally(member.agentId()), null)));
    List<Ranked> analysts = rankedAnalysts();
    for (int i = 0; i < analysts.size(); i++) {
      entries.add(entry(analysts.get(i).member(), analysts.get(i).tally(), i + 1));
    }
    return entries;
  }

  /** Returns the analysts' scores in rank order, for the run's report. */
  List<LeaderboardEntry> entries() {
    return rankedAnalysts().stream()
        .map(
            ranked -> {
              Tally tally = ranked.tally();
              return new LeaderboardEntry(
                  ranked.member().agentId(),
                  ranked.member().role(),
                  tally.evaluated(),
                  tally.bullWin() + tally.bearWin(),
                  ranked.winRate() == null ? Double.NaN : ranked.winRate(),
                  tally.bullN(),
                  tally.bullWin(),
                  tally.bearN(),
                  tally.bearWin());
            })
        .toList();
  }

  /** Returns each analyst's scored and correct calls, which the portfolio manager weighs. */
  Map<String, TrackRecord> trackRecords() {
    Map<String, TrackRecord> records = new LinkedHashMap<>();
    for (Ranked ranked : rankedAnalysts()) {
      Tally tally = ranked.tally();
      records.put(
          ranked.member().agentId(),
          new TrackRecord(tally.evaluated(), tally.bullWin() + tally.bearWin()));
    }
    return records;
  }

  private List<Ranked> rankedAnalysts() {
    List<Ranked> analysts = new ArrayList<>();
    for (TeamMember member : roster().values()) {
      if (!TEAM_ROLES.contains(member.agentId())) {
        Tally tally = scores.tally(member.agentId());
        analysts.add(new Ranked(member, tally, tally.winRate()));
      }
    }
    analysts.sort(BY_WIN_RATE);
    return analysts;
  }

  /** Returns the team in its order, then agents that predicted without being on it. */
  private Map<String, TeamMember> roster() {
    Map<String, TeamMember> roster = new LinkedHashMap<>();
    team.forEach(member -> roster.put(member.agentId(), member));
    scores
        .predictors()
        .forEach(id -> roster.putIfAbsent(id, new TeamMember(id, id, "Analyst", null, null)));
    return roster;
  }

  private ObjectNode entry(TeamMember member, Tally tally, Integer rank) {
    ObjectNode entry = NODES.objectNode();
    entry.put("agentId", member.agentId());
    entry.put("name", member.name());
    entry.put("role", member.role());
    entry.put("avatar", avatar(member.agentId()));
    entry.put("rank", rank);
    Double winRate = tally.winRate();
    entry.put("winRate", winRate == null ? null : Rounded.fourPlaces(winRate));
    entry
        .putObject("bull")
        .put("n", tally.bullN())
        .put("win", tally.bullWin())
        .put("unknown", tally.bullUnknown());
    entry
        .putObject("bear")
        .put("n", tally.bearN())
        .put("win", tally.bearWin())
        .put("unknown", tally.bearUnknown());
    entry.putArray("logs");
    ArrayNode signals = entry.putArray("signals");
    for (ScoredSignal signal : scores.signals(member.agentId())) {
      ObjectNode node =
          signals
              .addObject()
              .put("ticker", signal.ticker())
              .put("signal", signalName(signal))
              .put("date", signal.date().toString());
      switch (signal.verdict()) {
        case CORRECT -> node.put("is_correct", true);
        case WRONG -> node.put("is_correct", false);
        case UNKNOWN -> node.put("is_correct", "unknown");
        case NOT_SCORED -> node.putNull("is_correct");
      }
    }
    entry.put("modelName", member.modelName());
    entry.put("modelProvider", member.modelProvider());
    return entry;
  }

  private static String signalName(ScoredSignal signal) {
    return switch (signal.direction()) {
      case UP -> "bull";
      case DOWN -> "bear";
      case NEUTRAL -> "neutral";
    };
  }

  /** Returns the original's avatar key: pm, risk, or the analyst id without "_analyst". */
  private static String avatar(String agentId) {
    return switch (agentId) {
      case "portfolio_manager" -> "pm";
      case "risk_manager" -> "risk";
      default ->
          agentId.endsWith("_analyst")
              ? agentId.substring(0, agentId.length() - "_analyst".length())
              : agentId;
    };
  }

  private record Ranked(TeamMember member, Tally tally, Double winRate) {}
}
