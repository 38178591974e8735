package org.evotraders.gateway;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.Decision;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.event.RunBudget;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.Settlement;
import org.evotraders.core.event.TeamMember;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.core.orders.Action;
import org.evotraders.core.orders.Order;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Prediction;
import org.evotraders.core.signals.Signal;
import org.evotraders.gateway.feed.EventFeed;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.EventLog;

/**
 * A small backtest written event by event through a real EventLog, with a projection and a feed
 * attached as the pipeline attaches them: one day holding every kind of event.
 */
final class HandBuiltRun implements AutoCloseable {

  static final LocalDate DAY = LocalDate.of(2024, 1, 2);
  static final Instant DECISION = Instant.parse("2024-01-01T21:00:00Z");
  static final Instant OPEN = Instant.parse("2024-01-02T14:30:00Z");
  static final Instant CLOSE = Instant.parse("2024-01-02T21:00:00Z");

  final EventLog log;
  final RunProjection projection = new RunProjection(100_000, 0.25);
  final EventFeed feed;

  HandBuiltRun(Path folder) {
    this(folder, EventFeed.DEFAULT_RING);
  }

  /** A run whose feed holds only {@code ring} deliveries, so older ones are read from the file. */
  HandBuiltRun(Path folder, int ring) {
    Path events = folder.resolve("events.jsonl");
    log = EventLog.open(events);
    log.subscribe(projection::apply);
    feed =
        new EventFeed(
            "20240102_000000", events, projection, () -> new RunProjection(100_000, 0.25), ring);
    log.subscribe(feed::publish);
  }

  RecordedEvent append(Instant at, LocalDate session, RunEvent event) {
    return log.append(at, session, event);
  }

  /** Appends a note from an analyst, e.g. to grow the log after a client disconnects. */
  RecordedEvent note(String content) {
    return append(CLOSE, DAY, new AgentMessage("technical_analyst", content));
  }

  /** Appends the run's start and one whole day, ending with day_complete: 25 events. */
  void oneDay() {
    append(
        DECISION,
        null,
        new RunEvent.RunStarted(
            "20240102_000000",
            "backtest",
            List.of("AAPL", "MSFT"),
            DAY,
            DAY,
            100_000,
            List.of(
                new TeamMember(
                    "technical_analyst",
                    "Technical Analyst",
                    "Technical Analyst",
                    "offline",
                    "rules"),
                new TeamMember(
                    "portfolio_manager",
                    "Portfolio Manager",
                    "Portfolio Manager",
                    "offline",
                    "rules")),
            new RunBudget(null, 5.0),
            false));
    append(DECISION, DAY, new RunEvent.DayStarted(DAY, 0, 1, 0.0));
    append(DECISION, DAY, new RunEvent.SystemNotice("Starting 2024-01-02"));
    append(DECISION, DAY, new RunEvent.MemoryRecalled("technical_analyst", "Last week AAPL fell."));
    append(
        DECISION,
        DAY,
        new RunEvent.SignalsIssued(
            "technical_analyst",
            List.of(
                new AnalystSignal("technical_analyst", "AAPL", Signal.BULLISH, 70, "trend up"))));
    append(DECISION, DAY, new AgentMessage("risk_manager", "No warnings."));
    append(
        DECISION,
        DAY,
        new RunEvent.RiskLimitsSet(
            Map.of("AAPL", new RiskLimit("AAPL", 185, 0.25, 0.3, 0.2, 20_000, 20_000, 108, 108)),
            1.5));
    append(
        DECISION, DAY, new RunEvent.ConferenceStarted("Investment Discussion - 2024-01-02", DAY));
    append(DECISION, DAY, new RunEvent.ConferenceCycleStarted(1, 1));
    append(DECISION, DAY, new RunEvent.ConferenceMessage("portfolio_manager", "Views on AAPL?", 1));
    append(DECISION, DAY, new RunEvent.ConferenceCycleEnded(1));
    append(DECISION, DAY, new RunEvent.ConferenceEnded());
    append(
        DECISION,
        DAY,
        new RunEvent.PredictionsMade(
            "technical_analyst",
            List.of(new Prediction("technical_analyst", "AAPL", Direction.UP, 70))));
    append(
        DECISION,
        DAY,
        new RunEvent.DecisionsMade(
            List.of(new Decision("AAPL", Action.LONG, 150, 100, 70, "analysts agree"))));
    append(
        DECISION,
        DAY,
        new RunEvent.OrderClamped("AAPL", 150, 100, "RISK_POSITION_LIMIT", "over the limit"));
    append(DECISION, DAY, new RunEvent.OrderPlaced(new Order("AAPL", Action.LONG, 100), DAY));
    append(
        DECISION,
        DAY,
        new RunEvent.ModelUsed(
            "technical_analyst", "openai", "gpt-4o-mini", "analysis", 1200, 300, 0.0004, "api"));
    append(OPEN, DAY, new RunEvent.PriceUpdated("AAPL", 185.0, 185.0, 185.0, 185.0, 184.0, 0.0));
    append(OPEN, DAY, new RunEvent.PriceUpdated("MSFT", 370.0, 370.0, 370.0, 370.0, 368.0, 0.0));
    append(
        OPEN,
        DAY,
        new RunEvent.OrderFilled(new Fill("f1", DAY, "AAPL", Side.BUY, 100, 185.0, 0.5)));
    append(
        CLOSE, DAY, new RunEvent.PriceUpdated("AAPL", 187.0, 185.0, 188.0, 184.5, 184.0, 1.0811));
    append(
        CLOSE,
        DAY,
        new RunEvent.DaySettled(
            new Settlement(
                DAY,
                100_199.5,
                81_499.5,
                0,
                18_700,
                0,
                18_500,
                Map.of(
                    "equal_weight", 100_300.0, "value_weighted", 100_250.0, "momentum", 100_000.0),
                Map.of("AAPL", 185.0, "MSFT", 370.0),
                Map.of("AAPL", 187.0, "MSFT", 372.0))));
    append(CLOSE, DAY, new AgentMessage("Daily Log", "P&L +199.50"));
    append(CLOSE, DAY, new RunEvent.DayCompleted(DAY, 1.0));
    append(CLOSE, DAY, new RunEvent.RunFinished("completed", "all 1 days run"));
  }

  @Override
  public void close() {
    log.close();
  }
}
