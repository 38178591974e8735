package org.evotraders.pipeline.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.PredictionsMade;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.core.event.Settlement;
import org.evotraders.core.event.TeamMember;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Prediction;

/**
 * Writes event sequences by hand: each event gets the next sequence number, the current session,
 * and a run-clock time of 14:30 UTC on the session plus one minute per sequence number.
 */
final class EventScript {

  static final double INITIAL_CASH = 100_000;
  static final List<TeamMember> TEAM =
      List.of(
          new TeamMember(
              "portfolio_manager", "Portfolio Manager", "Portfolio Manager", "OPENAI", "gpt-4o"),
          new TeamMember("risk_manager", "Risk Manager", "Risk Manager", "OPENAI", "gpt-4o"),
          new TeamMember(
              "technical_analyst", "Technical Analyst", "Technical Analyst", "OLLAMA", "qwen3"),
          new TeamMember(
              "sentiment_analyst",
              "Sentiment Analyst",
              "Sentiment Analyst",
              "ANTHROPIC",
              "claude"));

  private final List<RecordedEvent> events = new ArrayList<>();
  private long seq;
  private LocalDate session;

  EventScript(long firstSeq) {
    this.seq = firstSeq - 1;
  }

  EventScript() {
    this(1);
  }

  static Instant at(LocalDate session, long seq) {
    LocalDate day = session == null ? LocalDate.of(2024, 1, 1) : session;
    return day.atTime(14, 30).toInstant(ZoneOffset.UTC).plusSeconds(60 * seq);
  }

  EventScript add(RunEvent event) {
    seq++;
    events.add(new RecordedEvent(seq, at(session, seq), session, event));
    return this;
  }

  EventScript start(boolean resumed) {
    return add(
        new RunStarted(
            "20240101_120000",
            "backtest",
            List.of("AAPL", "MSFT"),
            LocalDate.of(2024, 1, 2),
            LocalDate.of(2024, 1, 3),
            INITIAL_CASH,
            TEAM,
            org.evotraders.core.event.RunBudget.NONE,
            resumed));
  }

  EventScript day(LocalDate date, int index, int total) {
    session = date;
    return add(new DayStarted(date, index, total, (index - 1) / (double) total));
  }

  EventScript quote(String symbol, double price, double previousClose) {
    return add(new PriceUpdated(symbol, price, price, price, price, previousClose, 0));
  }

  EventScript predict(String agentId, Object... tickerDirections) {
    List<Prediction> predictions = new ArrayList<>();
    for (int i = 0; i < tickerDirections.length; i += 2) {
      predictions.add(
          new Prediction(
              agentId, (String) tickerDirections[i], (Direction) tickerDirections[i + 1], 60));
    }
    return add(new PredictionsMade(agentId, predictions));
  }

  EventScript fill(
      String id, String ticker, Side side, long quantity, double price, double commission) {
    return add(new OrderFilled(new Fill(id, session, ticker, side, quantity, price, commission)));
  }

  EventScript settle(
      double nav,
      Map<String, Double> baselines,
      Map<String, Double> opens,
      Map<String, Double> closes) {
    return add(
        new DaySettled(new Settlement(session, nav, 0, 0, 0, 0, 0, baselines, opens, closes)));
  }

  EventScript complete(double progress) {
    return add(new DayCompleted(session, progress));
  }

  List<RecordedEvent> events() {
    return List.copyOf(events);
  }

  long lastSeq() {
    return seq;
  }
}
