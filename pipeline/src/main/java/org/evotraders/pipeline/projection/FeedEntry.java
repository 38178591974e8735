package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.ConferenceEnded;
import org.evotraders.core.event.RunEvent.ConferenceMessage;
import org.evotraders.core.event.RunEvent.ConferenceStarted;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.MemoryRecalled;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.event.RunEvent.SystemNotice;
import org.evotraders.core.event.Settlement;

/**
 * An event as the feed history keeps it: the original's flat message ({@code type}, its fields,
 * {@code ts} in epoch milliseconds, {@code timestamp} as ISO time) plus {@code seq}. The original's
 * persisted types are kept; a run's start and end become {@code system} notices; an analyst's
 * stated signals become its {@code agent_message}. The day's settlement is the {@code
 * team_summary}, without the curves the original repeated in every one (the UI's feed does not show
 * them, and 200 copies of a 5,000-day curve would not fit).
 */
record FeedEntry(RecordedEvent recorded, double initialCash) {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Returns the feed's entry of {@code recorded}, or empty when the feed does not keep it. The
   * message is rendered when read ({@link #json()}): the feed keeps only its newest entries, so
   * most are never read.
   */
  static Optional<FeedEntry> of(RecordedEvent recorded, double initialCash) {
    return kept(recorded.event())
        ? Optional.of(new FeedEntry(recorded, initialCash))
        : Optional.empty();
  }

  private static boolean kept(RunEvent event) {
    return switch (event) {
      case SystemNotice notice -> true;
      case RunStarted started -> true;
      case RunFinished finished -> true;
      case DayStarted day -> true;
      case DayCompleted day -> true;
      case AgentMessage message -> true;
      case MemoryRecalled memory -> true;
      case ConferenceStarted conference -> true;
      case ConferenceMessage message -> true;
      case ConferenceEnded ended -> true;
      case DaySettled settled -> true;
      case SignalsIssued issued -> issued.stated();
      case RunEvent.PriceUpdated ignored -> false;
      case RunEvent.PortfolioMarked ignored -> false;
      case RunEvent.MarketStatusChanged ignored -> false;
      case RunEvent.RiskLimitsSet ignored -> false;
      case RunEvent.ConferenceCycleStarted ignored -> false;
      case RunEvent.ConferenceCycleEnded ignored -> false;
      case RunEvent.PredictionsMade ignored -> false;
      case RunEvent.DecisionsMade ignored -> false;
      case RunEvent.OrderClamped ignored -> false;
      case RunEvent.OrderPlaced ignored -> false;
      case RunEvent.OrderFilled ignored -> false;
      case RunEvent.ModelUsed ignored -> false;
    };
  }

  /** Returns the entry's message, a new object on every call. */
  ObjectNode json() {
    RunEvent event = recorded.event();
    ObjectNode entry = NODES.objectNode();
    switch (event) {
      case SystemNotice notice -> entry.put("type", "system").put("content", notice.content());
      case RunStarted started ->
          entry
              .put("type", "system")
              .put(
                  "content",
                  "Run %s %s (%s, %s to %s)"
                      .formatted(
                          started.runId(),
                          started.resumed() ? "resumed" : "started",
                          started.mode(),
                          started.start(),
                          started.end()));
      case RunFinished finished ->
          entry
              .put("type", "system")
              .put(
                  "content",
                  "Run finished: %s (%s)".formatted(finished.status(), finished.reason()));
      case DayStarted day ->
          entry
              .put("type", "day_start")
              .put("date", day.date().toString())
              .put("progress", day.progress())
              .put("dayIndex", day.dayIndex())
              .put("totalDays", day.totalDays());
      case DayCompleted day ->
          entry
              .put("type", "day_complete")
              .put("date", day.date().toString())
              .put("progress", day.progress());
      case AgentMessage message ->
          entry
              .put("type", "agent_message")
              .put("agentId", message.agentId())
              .put("content", message.content());
      case MemoryRecalled memory ->
          entry
              .put("type", "memory")
              .put("agentId", memory.agentId())
              .put("content", memory.content());
      case ConferenceStarted conference ->
          entry
              .put("type", "conference_start")
              .put("title", conference.title())
              .put("date", conference.date().toString());
      case ConferenceMessage message ->
          entry
              .put("type", "conference_message")
              .put("agentId", message.agentId())
              .put("content", message.content())
              .put("cycle", message.cycle());
      case ConferenceEnded ended -> entry.put("type", "conference_end");
      case DaySettled settled -> teamSummary(entry, settled.settlement(), initialCash);
      case SignalsIssued issued ->
          entry
              .put("type", "agent_message")
              .put("agentId", issued.agentId())
              .put("content", issued.message());
      default -> throw new IllegalStateException("the feed keeps no " + event.type());
    }
    entry.put("ts", recorded.at().toEpochMilli());
    entry.put("timestamp", recorded.at().toString());
    entry.put("seq", recorded.seq());
    return entry;
  }

  private static void teamSummary(ObjectNode entry, Settlement settlement, double initialCash) {
    entry
        .put("type", "team_summary")
        .put("date", settlement.date().toString())
        .put("balance", Rounded.cents(settlement.nav()))
        .put("pnlPct", Rounded.cents((settlement.nav() / initialCash - 1) * 100));
    ObjectNode baselines = entry.putObject("baselines");
    settlement.baselines().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(baseline -> baselines.put(baseline.getKey(), Rounded.cents(baseline.getValue())));
  }
}
