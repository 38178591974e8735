package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.analysis.technical.Figures;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.event.Settlement;
import org.evotraders.core.market.Bar;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.core.portfolio.Position;

/**
 * Settles the day at the close: marks the book, settles the baselines on the same bars, records the
 * team's and baselines' values, lets the team's memory learn the outcome, and posts the Daily Log.
 */
final class SettlementStage {

  /** The agent id of the original's deterministic end-of-day message. */
  static final String DAILY_LOG = "Daily Log";

  private final RunRecorder recorder;
  private final TeamLearning learning;

  SettlementStage(RunRecorder recorder, TeamLearning learning) {
    this.recorder = recorder;
    this.learning = learning;
  }

  void run(DayContext day, Book book, Map<String, Bar> sessionBars, double traded) {
    recorder.moveTo(day.day.close(), day.day.date());
    Map<String, Double> opens = new LinkedHashMap<>();
    Map<String, Double> closes = new LinkedHashMap<>();
    List<RunEvent> events = new ArrayList<>(sessionBars.size() + 1);
    for (var entry : sessionBars.entrySet()) {
      Bar bar = entry.getValue();
      double previous = book.marks().getOrDefault(entry.getKey(), bar.open());
      opens.put(entry.getKey(), bar.open());
      closes.put(entry.getKey(), bar.close());
      if (day.tickers.contains(entry.getKey())) {
        events.add(
            new PriceUpdated(
                entry.getKey(),
                bar.close(),
                bar.open(),
                bar.high(),
                bar.low(),
                previous,
                100 * (bar.close() / bar.open() - 1)));
      }
      book.marks().put(entry.getKey(), bar.close());
    }
    Map<String, Double> baselineValues = new LinkedHashMap<>();
    book.baselines()
        .forEach(
            (key, baseline) -> {
              baseline.onSession(day.day.date(), sessionBars);
              baselineValues.put(key, baseline.value());
            });

    Portfolio portfolio = book.portfolio();
    double longValue = 0;
    double shortValue = 0;
    for (var entry : portfolio.openPositions().entrySet()) {
      Position p = entry.getValue();
      double price = book.marks().get(entry.getKey());
      longValue += p.longQuantity() * price;
      shortValue += p.shortQuantity() * price;
    }
    double nav = portfolio.netAssetValue(book.marks());
    double pnl = nav - book.lastNav();
    events.add(
        new DaySettled(
            new Settlement(
                day.day.date(),
                nav,
                portfolio.cash(),
                portfolio.marginUsed(),
                longValue,
                shortValue,
                traded,
                baselineValues,
                opens,
                closes)));
    // written before the team's memory learns from it
    recorder.recordAll(events);
    learning.learn(day, opens, closes, pnl);
    recorder.record(new AgentMessage(DAILY_LOG, dailyLog(day, nav, pnl, baselineValues)));
    book.settled(nav);
  }

  /**
   * The day's result and each baseline's value. The conference's summary is not repeated: it is the
   * day's last conference message.
   */
  private static String dailyLog(
      DayContext day, double nav, double pnl, Map<String, Double> baselines) {
    StringBuilder out = new StringBuilder(64 + 32 * baselines.size());
    out.append("**").append(day.day.date()).append("** NAV ");
    Figures.appendFixed(out, nav, 2).append(", day P&L ");
    Figures.appendSigned(out, pnl, 2);
    baselines.forEach(
        (name, value) ->
            Figures.appendFixed(out.append("\n- ").append(name).append(": "), value, 2));
    return out.toString();
  }
}
