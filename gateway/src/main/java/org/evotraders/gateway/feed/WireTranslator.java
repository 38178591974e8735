package org.evotraders.gateway.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.fills.Fill;
import org.evotraders.pipeline.projection.DashboardDocuments;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.EventCodec;

/**
 * Turns each recorded event into the original protocol's messages (see docs/protocol.md). Every
 * event becomes a message of its own wire type with its fields; the original's types keep their
 * original fields ({@code ts} in epoch milliseconds where the original had it). A price update
 * carries every ticker's latest quote; a day's settlement also brings the original's team_*
 * messages, and an intraday mark the original's intraday team_summary, rendered from the
 * projection, which must already include the event. An analyst's stated signals are preceded by its
 * agent_message, rendered from them.
 *
 * <p>Stateful: feed it every event of the run in order, rendering or not.
 */
public final class WireTranslator {

  /** The original's types that carried {@code ts}, the event's run-clock time in milliseconds. */
  private static final Set<String> STAMPED =
      Set.of(
          "agent_message",
          "memory",
          "conference_start",
          "conference_message",
          "conference_end",
          "system");

  private final RunProjection projection;
  private final Map<String, ObjectNode> quotes = new LinkedHashMap<>();
  private final List<Fill> dayFills = new ArrayList<>();
  private boolean backtest;
  private JsonNode marketStatus;

  /** Translates events of the run {@code projection} folds. */
  public WireTranslator(RunProjection projection) {
    this.projection = projection;
  }

  /**
   * Returns the messages of {@code recorded} as JSON text, or updates the translator's state only
   * when {@code render} is false (for events a client already has).
   */
  public List<String> frames(RecordedEvent recorded, boolean render) {
    List<ObjectNode> messages = messages(recorded, render);
    List<String> frames = new ArrayList<>(messages.size());
    for (ObjectNode message : messages) {
      message.put("seq", recorded.seq());
      if (!message.has("timestamp")) {
        message.put("timestamp", timestamp(recorded));
      }
      frames.add(text(message));
    }
    return frames;
  }

  private List<ObjectNode> messages(RecordedEvent recorded, boolean render) {
    RunEvent event = recorded.event();
    List<ObjectNode> out = new ArrayList<>();
    switch (event) {
      case RunStarted started -> {
        backtest = "backtest".equals(started.mode());
        dayFills.clear();
        marketStatus = null;
      }
      case PriceUpdated update -> quotes.put(update.symbol(), quote(update, recorded));
      case OrderFilled filled -> dayFills.add(filled.fill());
      default -> {
        // the other events change nothing the translator keeps
      }
    }
    if (!render) {
      if (event instanceof DaySettled) {
        dayFills.clear();
      }
      marketStatus = null;
      return out;
    }
    ObjectNode message = EventCodec.JSON.valueToTree(event);
    ObjectNode typed = EventCodec.JSON.createObjectNode().put("type", event.type());
    typed.setAll(message);
    if (STAMPED.contains(event.type())) {
      typed.put("ts", recorded.at().toEpochMilli());
    }
    if (event instanceof SignalsIssued issued && issued.stated()) {
      out.add(
          typed("agent_message")
              .put("agentId", issued.agentId())
              .put("content", issued.message())
              .put("ts", recorded.at().toEpochMilli()));
    }
    out.add(typed);
    switch (event) {
      case PriceUpdated update -> priceUpdate(typed, update, recorded);
      case DaySettled settled -> out.addAll(settlement(settled));
      case RunEvent.PortfolioMarked marked -> out.add(intradaySummary());
      case RunEvent.RunFinished ignored -> marketStatusChange().ifPresent(out::add);
      case RunStarted ignored -> marketStatusChange().ifPresent(out::add);
      case RunEvent.DayStarted ignored -> marketStatusChange().ifPresent(out::add);
      case RunEvent.DayCompleted ignored -> marketStatusChange().ifPresent(out::add);
      default -> {
        // the event's own message is all
      }
    }
    return out;
  }

  /** Gives the price update the original's fields: ms timestamp and every ticker's quote. */
  private void priceUpdate(ObjectNode message, PriceUpdated update, RecordedEvent recorded) {
    message.put("timestamp", recorded.at().toEpochMilli());
    ObjectNode prices = message.putObject("realtime_prices");
    quotes.forEach((ticker, quote) -> prices.set(ticker, quote.deepCopy()));
  }

  private static ObjectNode quote(PriceUpdated update, RecordedEvent recorded) {
    ObjectNode quote = EventCodec.JSON.createObjectNode();
    quote.put("symbol", update.symbol());
    quote.put("price", update.price());
    quote.put("open", update.open());
    quote.put("high", update.high());
    quote.put("low", update.low());
    if (Double.isNaN(update.previousClose())) {
      quote.putNull("previous_close");
    } else {
      quote.put("previous_close", update.previousClose());
    }
    quote.put("ret", update.ret());
    quote.put("timestamp", recorded.at().toEpochMilli());
    return quote;
  }

  /** The original's end-of-day messages, in its order: holdings, stats, trades, summary. */
  private List<ObjectNode> settlement(DaySettled settled) {
    DashboardDocuments dashboard = projection.dashboard();
    List<ObjectNode> out = new ArrayList<>();
    out.add(typed("team_holdings").set("data", dashboard.holdings()));
    out.add(typed("team_stats").set("data", dashboard.stats()));
    ObjectNode incremental = typed("team_trades").put("mode", "incremental");
    ArrayNode trades = incremental.putArray("data");
    for (Fill fill : dayFills) {
      trades
          .addObject()
          .put("ticker", fill.ticker())
          .put("action", fill.side().name())
          .put("quantity", fill.quantity())
          .put("price", fill.price());
    }
    dayFills.clear();
    out.add(incremental);
    out.add(typed("team_trades").put("mode", "full").set("data", dashboard.trades()));
    ObjectNode summary = typed("team_summary").put("date", settled.settlement().date().toString());
    summary.setAll(dashboard.summary());
    out.add(summary);
    out.add(typed("team_leaderboard").set("data", dashboard.leaderboard()));
    return out;
  }

  /** The original's intraday team_summary: the marked NAV and the session's return curves. */
  private ObjectNode intradaySummary() {
    ObjectNode summary = typed("team_summary");
    summary.setAll(projection.intradaySummary());
    return summary;
  }

  /** Returns a market_status_update when the run clock's market status changed. */
  private Optional<ObjectNode> marketStatusChange() {
    ObjectNode status = (ObjectNode) projection.initialStateJson().get("market_status");
    ObjectNode compared = status.deepCopy();
    compared.remove("current_time");
    if (compared.equals(marketStatus)) {
      return Optional.empty();
    }
    marketStatus = compared;
    return Optional.of(typed("market_status_update").set("market_status", status));
  }

  private static ObjectNode typed(String type) {
    return EventCodec.JSON.createObjectNode().put("type", type);
  }

  /** The original's {@code timestamp}: the session's date in a backtest, else ISO time. */
  private String timestamp(RecordedEvent recorded) {
    return backtest && recorded.session() != null
        ? recorded.session().toString()
        : recorded.at().toString();
  }

  private static String text(ObjectNode message) {
    try {
      return EventCodec.JSON.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write message " + message.get("type"), e);
    }
  }
}
