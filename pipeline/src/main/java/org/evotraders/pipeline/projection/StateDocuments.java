package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.evotraders.pipeline.runs.EventCodec;

/**
 * The run-level documents: the original's {@code initial_state.state} and server_state.json, and
 * our runtime_state.json. They share one dashboard rendering, so a client connecting over the
 * WebSocket and a reader of the files see the same figures.
 */
final class StateDocuments {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final DashboardView view;
  private final FeedHistory feed;
  private final RunIdentity identity;
  private final RunProgress progress;
  private final long lastSeq;
  private final Instant lastEventAt;
  private final MarketPrices prices;

  StateDocuments(
      DashboardView view,
      FeedHistory feed,
      MarketPrices prices,
      RunIdentity identity,
      RunProgress progress,
      long lastSeq,
      Instant lastEventAt) {
    this.view = view;
    this.feed = feed;
    this.prices = prices;
    this.identity = identity;
    this.progress = progress;
    this.lastSeq = lastSeq;
    this.lastEventAt = lastEventAt;
  }

  DashboardDocuments dashboard() {
    return view.documents();
  }

  /**
   * Returns what the original sent as {@code initial_state.state}. Its {@code market_status} is the
   * run clock's view (a backtest's market reads closed so the UI stays on the daily chart); a live
   * gateway may replace it with the exchange clock's.
   */
  ObjectNode initialState() {
    DashboardDocuments dashboard = dashboard();
    ObjectNode state = common(dashboard);
    state.set("dashboard", dashboard.asObject());
    state.set("market_status", marketStatus());
    state.set("budget", EventCodec.JSON.valueToTree(identity.budget()));
    state.put("run_id", identity.runId());
    return state;
  }

  /** Returns server_state.json, stamped {@code last_saved} at {@code savedAt}. */
  ObjectNode serverState(Instant savedAt) {
    ObjectNode state = common(dashboard());
    Instant started = identity.resumedAt() != null ? identity.resumedAt() : identity.startedAt();
    state.put("system_started", text(started));
    state.put("last_saved", savedAt.toString());
    return state;
  }

  ObjectNode runtimeState() {
    ObjectNode state = NODES.objectNode();
    state.put("run_id", identity.runId());
    state.put("status", progress.status());
    state.put("mode", identity.mode());
    state.put("last_seq", lastSeq);
    state.put("current_date", text(progress.currentDate()));
    state.put("day_index", progress.dayIndex());
    state.put("total_days", progress.totalDays());
    state.put("trading_days_completed", progress.daysCompleted());
    ArrayNode tickers = state.putArray("tickers");
    identity.tickers().forEach(tickers::add);
    state.put("start", text(identity.start()));
    state.put("end", text(identity.end()));
    state.put("started_at", text(identity.startedAt()));
    state.put("resumed_at", text(identity.resumedAt()));
    state.put("updated_at", text(lastEventAt));
    state.put("finish_reason", progress.finishReason());
    return state;
  }

  /** Returns the fields initial_state and server_state.json share. */
  private ObjectNode common(DashboardDocuments dashboard) {
    ObjectNode state = NODES.objectNode();
    state.put("status", progress.status());
    state.put("server_mode", identity.serverMode());
    state.put("is_backtest", identity.isBacktest());
    state.put("is_mock_mode", identity.isMock());
    state.put("current_date", text(progress.currentDate()));
    state.put("trading_days_total", progress.totalDays());
    state.put("trading_days_completed", progress.daysCompleted());
    state.set("portfolio", view.portfolio());
    state.set("holdings", dashboard.holdings());
    state.set("trades", dashboard.trades());
    state.set("stats", dashboard.stats());
    state.set("leaderboard", dashboard.leaderboard());
    state.set("realtime_prices", realtimePrices());
    state.set("feed_history", NODES.arrayNode().addAll(feed.newestFirst()));
    state.set("last_day_history", NODES.arrayNode().addAll(feed.lastDay()));
    return state;
  }

  private ObjectNode realtimePrices() {
    ObjectNode quotes = NODES.objectNode();
    prices
        .quotes()
        .forEach(
            (ticker, quote) -> {
              ObjectNode node = quotes.putObject(ticker);
              node.put("symbol", quote.symbol());
              node.put("price", quote.price());
              node.put("open", quote.open());
              node.put("high", quote.high());
              node.put("low", quote.low());
              if (Double.isNaN(quote.previousClose())) {
                node.putNull("previous_close");
              } else {
                node.put("previous_close", quote.previousClose());
              }
              node.put("ret", Rounded.fourPlaces(quote.ret()));
              node.put("timestamp", quote.timestamp());
            });
    return quotes;
  }

  private ObjectNode marketStatus() {
    boolean open = !identity.isBacktest() && progress.dayInProgress();
    ObjectNode status = NODES.objectNode();
    status.put("status", open ? "open" : "closed");
    status.put(
        "status_text",
        identity.isBacktest()
            ? "Backtest: simulated sessions"
            : open ? "Market open" : "Market closed");
    status.put("is_trading_day", progress.dayInProgress());
    status.put("current_time", text(lastEventAt));
    return status;
  }

  private static String text(Object value) {
    return Objects.toString(value, null);
  }
}
