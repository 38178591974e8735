package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.PortfolioMarked;
import org.evotraders.core.event.RunEvent.PredictionsMade;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.pipeline.report.LeaderboardEntry;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * What the dashboard shows of a run, as a fold over its recorded events: portfolio, prices,
 * performance curves, trades, feed and leaderboard. Feed it every event in order with {@link
 * #apply(RecordedEvent)}; read it as the original's JSON documents ({@link #initialStateJson()},
 * {@link #dashboard()}, ...), which {@link ProjectionFiles} writes to the run folder.
 *
 * <p>Each event costs O(1) amortised whatever the run's length: curves are appended, histories keep
 * their newest items. A {@link RunStarted} with {@code resumed} voids the events since the last
 * {@link DayCompleted}, since that day runs again: every part keeps a checkpoint taken at each
 * day's completion and returns to it.
 *
 * <p>Thread-safe: the run's loop applies events while a gateway reads documents.
 */
public final class RunProjection {

  private final double initialCash;
  private final PortfolioBook book;
  private final MarketPrices prices = new MarketPrices();
  private final PerformanceCurves curves;
  private final IntradayReturns intraday;
  private final TradeTape trades = new TradeTape();
  private final AnalystScores scores = new AnalystScores();
  private final FeedHistory feed = new FeedHistory();
  private final List<Checkpointed> parts;
  private RunIdentity identity = RunIdentity.UNKNOWN;
  // asked for by each day's decision, and changed only by the events that name or score analysts
  private Map<String, TrackRecord> trackRecords;
  private RunProgress progress = RunProgress.INITIALIZING;
  private RunProgress committedProgress = RunProgress.INITIALIZING;
  private long lastSeq;
  private Instant lastEventAt;

  /** Starts an empty projection of a run with {@code initialCash} and short margin requirement. */
  public RunProjection(double initialCash, double marginRequirement) {
    this.initialCash = initialCash;
    this.book = new PortfolioBook(initialCash, marginRequirement);
    this.curves = new PerformanceCurves(initialCash);
    this.intraday = new IntradayReturns(initialCash);
    this.parts = List.of(book, prices, curves, trades, scores, feed);
  }

  /** Starts an empty projection of the run {@code config} describes. */
  public static RunProjection of(RunConfig config) {
    return new RunProjection(config.initialCash(), config.marginRequirement());
  }

  /** Returns the projection of {@code events}, folded in order. */
  public static RunProjection replay(RunConfig config, List<RecordedEvent> events) {
    RunProjection projection = of(config);
    events.forEach(projection::apply);
    return projection;
  }

  /** Folds one event into the projection. */
  public synchronized void apply(RecordedEvent recorded) {
    RunEvent event = recorded.event();
    long at = recorded.at().toEpochMilli();
    if (event instanceof RunStarted started && started.resumed()) {
      rollback();
    }
    if (event instanceof RunStarted
        || event instanceof PredictionsMade
        || event instanceof DaySettled) {
      trackRecords = null;
    }
    switch (event) {
      case RunStarted started -> {
        identity = identity.after(started, recorded.at());
        progress = progress.running();
      }
      case RunFinished finished ->
          progress = progress.finished(finished.status(), finished.reason());
      case DayStarted day -> {
        progress = progress.dayStarted(day.date(), day.dayIndex(), day.totalDays());
        feed.startDay();
      }
      case PriceUpdated update -> prices.update(update, at, recorded.session());
      case PredictionsMade made -> scores.predict(made.agentId(), made.predictions());
      case OrderFilled filled -> {
        book.apply(filled.fill());
        prices.traded(filled.fill().ticker(), filled.fill().price(), at, filled.fill().session());
        trades.record(filled.fill(), at);
      }
      case DaySettled settled -> {
        prices.settle(settled.settlement(), at);
        curves.settle(settled.settlement());
        scores.settle(settled.settlement());
      }
      case DayCompleted completed -> progress = progress.dayCompleted();
      case PortfolioMarked marked -> intraday.mark(marked, at, recorded.session());
      default -> {
        // the other events only reach the feed
      }
    }
    FeedEntry.of(recorded, initialCash).ifPresent(feed::add);
    if (event instanceof DayCompleted) {
      commit();
    }
    lastSeq = recorded.seq();
    lastEventAt = recorded.at();
  }

  /** Returns the sequence number of the last event applied, 0 before any. */
  public synchronized long lastSeq() {
    return lastSeq;
  }

  /**
   * Returns the original's {@code initial_state.state}: what a connecting client receives. Its
   * portfolio carries the current session's intraday return curves ({@code *_return}).
   */
  public synchronized ObjectNode initialStateJson() {
    ObjectNode state = documents().initialState();
    intraday.putCurves((ObjectNode) state.get("portfolio"));
    return state;
  }

  /**
   * Returns the intraday {@code team_summary}'s fields after a {@link PortfolioMarked}: the marked
   * NAV ({@code balance}, {@code pnlPct}) and the session's return curves.
   */
  public synchronized ObjectNode intradaySummary() {
    return intraday.summary();
  }

  /** Returns state/server_state.json's content, saved at {@code savedAt}. */
  public synchronized ObjectNode serverStateJson(Instant savedAt) {
    return documents().serverState(savedAt);
  }

  /** Returns state/runtime_state.json's content. */
  public synchronized ObjectNode runtimeStateJson() {
    return documents().runtimeState();
  }

  /** Returns the five team_dashboard documents. */
  public synchronized DashboardDocuments dashboard() {
    return documents().dashboard();
  }

  /** Returns the analysts' scores in rank order, as the run's report lists them. */
  public synchronized List<LeaderboardEntry> leaderboardEntries() {
    return leaderboard().entries();
  }

  /**
   * Returns each analyst's scored and correct predictions so far, by agent id, for the portfolio
   * manager's decision.
   */
  public synchronized Map<String, TrackRecord> trackRecords() {
    if (trackRecords == null) {
      trackRecords = Collections.unmodifiableMap(leaderboard().trackRecords());
    }
    return trackRecords;
  }

  private Leaderboard leaderboard() {
    return new Leaderboard(identity.team(), scores);
  }

  /** Renders documents from one consistent state: no event is applied while {@code render} runs. */
  synchronized <T> T render(Function<StateDocuments, T> render) {
    return render.apply(documents());
  }

  private StateDocuments documents() {
    DashboardView view = new DashboardView(book, prices, curves, trades, scores, identity.team());
    return new StateDocuments(view, feed, prices, identity, progress, lastSeq, lastEventAt);
  }

  private void commit() {
    parts.forEach(Checkpointed::commit);
    committedProgress = progress;
  }

  private void rollback() {
    parts.forEach(Checkpointed::rollback);
    progress = committedProgress;
  }
}
