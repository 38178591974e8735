package org.evotraders.pipeline.cycle;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.PointInTimeMarketData;
import org.evotraders.core.orders.Order;

/**
 * One trading day of the team, the same in every mode: analysts, risk manager, conference,
 * predictions, the portfolio manager's decision, execution at the open, settlement at the close.
 * The mode only changes what is handed in: the market data behind the point-in-time views and the
 * days the run walks through.
 */
public final class DailyCycle {

  private final RunRecorder recorder;
  private final MarketData source;
  private final List<String> tickers;
  private final SessionMarket market;
  private final AnalysisStage analysis;
  private final RiskStage risk;
  private final ConferenceStage conference;
  private final PredictionStage predictions;
  private final DecisionStage decision;
  private final ExecutionStage execution;
  private final SettlementStage settlement;

  /**
   * @param source the market data behind the decision's point-in-time view
   * @param market the session's open and close prices, with the benchmark's for its baseline
   * @param conferenceCycles rounds of the conference (MAX_COMM_CYCLES); 0 skips it
   * @param trackRecords the analysts' scored predictions so far, for the portfolio manager
   */
  public DailyCycle(
      Team team,
      TeamSetup setup,
      RunRecorder recorder,
      MarketData source,
      SessionMarket market,
      List<String> tickers,
      int conferenceCycles,
      Supplier<Map<String, TrackRecord>> trackRecords) {
    this.recorder = recorder;
    this.source = source;
    this.tickers = List.copyOf(tickers);
    this.market = market;
    Turns analystTurns =
        Turns.answeredBy(
            team.analystsInOrder().stream().map(a -> setup.model(a.role())).toList(), setup.gate());
    this.analysis = new AnalysisStage(team, setup, recorder, analystTurns);
    this.risk = new RiskStage(team, setup, recorder);
    this.conference = new ConferenceStage(team, setup, recorder, analystTurns, conferenceCycles);
    this.predictions = new PredictionStage(team, setup, recorder, analystTurns);
    this.decision = new DecisionStage(team, setup, recorder, trackRecords);
    this.execution = new ExecutionStage(recorder);
    this.settlement = new SettlementStage(recorder, new TeamLearning(team.memory()));
  }

  /** Runs {@code day} against {@code book}, recording every step. */
  public void run(TradingDay day, Book book) {
    run(day, book, null);
  }

  /**
   * Runs {@code day} as {@link #run(TradingDay, Book)} does and, once its analysts have spoken,
   * starts the analysts' tools of {@code next} (when not null), which need nothing of this day's
   * later stages: they run while the risk manager, the conference and the portfolio manager do.
   */
  public void run(TradingDay day, Book book, TradingDay next) {
    recorder.moveTo(day.decisionTime(), day.date());
    recorder.record(new DayStarted(day.date(), day.index(), day.total(), day.progressBefore()));
    DayContext context = new DayContext(day, tickers, viewAt(day));
    analysis.run(context);
    if (next != null) {
      analysis.prepare(next, tickers, viewAt(next));
    }
    risk.run(context, book);
    conference.run(context);
    predictions.run(context);
    List<Order> orders = decision.run(context, book);
    double traded = execution.run(context, book, orders, market.atOpen(day));
    settlement.run(context, book, market.atClose(day), traded);
    recorder.record(new DayCompleted(day.date(), day.progressAfter()));
  }

  /** Returns the market as the team sees it when it decides on {@code day}. */
  private PointInTimeMarketData viewAt(TradingDay day) {
    return new PointInTimeMarketData(source, day.decisionTime());
  }
}
