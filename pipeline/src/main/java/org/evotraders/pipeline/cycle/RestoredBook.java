package org.evotraders.pipeline.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.evotraders.core.baselines.Baseline;
import org.evotraders.core.baselines.MonthlyMomentum;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.PointInTimeMarketData;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * The book a run starts with, or continues with after an interruption: the team's portfolio and the
 * baselines set up at the run's first decision, with the completed days of its log folded back in
 * (fills into the portfolio, settlements into the marks, the NAV and the baselines). The days it
 * lists as completed are not run again.
 *
 * <p>The baselines are replayed on each settlement's opens and closes, the only prices they read,
 * so a run restores the same way whether its session prices came from bars or from live quotes.
 */
public record RestoredBook(Book book, Set<LocalDate> completed) {

  /**
   * @param first the run's first day: the baselines' market caps and the momentum warm-up are read
   *     at its decision, so a resumed run must pass the same day as the run it continues
   * @param log the run's log as recovered; an interrupted day's events are left out
   */
  public static RestoredBook of(
      RunConfig config, MarketData source, TradingDay first, List<RecordedEvent> log) {
    Book book = newBook(config, source, first);
    Set<LocalDate> completed = new HashSet<>();
    for (RecordedEvent recorded : CommittedEvents.of(log)) {
      switch (recorded.event()) {
        case OrderFilled filled -> book.portfolio().apply(filled.fill());
        case DaySettled settled -> {
          book.marks().putAll(settled.settlement().closes());
          book.settled(settled.settlement().nav());
          Map<String, Bar> bars = sessionBars(settled);
          book.baselines().values().forEach(b -> b.onSession(settled.settlement().date(), bars));
        }
        case DayCompleted done -> completed.add(done.date());
        default -> {}
      }
    }
    return new RestoredBook(book, Set.copyOf(completed));
  }

  private static Book newBook(RunConfig config, MarketData source, TradingDay first) {
    PointInTimeMarketData view = new PointInTimeMarketData(source, first.decisionTime());
    Map<String, Double> caps = new LinkedHashMap<>();
    for (String ticker : config.tickers()) {
      OptionalDouble cap = view.marketCap(ticker);
      if (cap.isPresent()) {
        caps.put(ticker, cap.getAsDouble());
      }
    }
    List<Baseline> standard =
        Baseline.standardSet(
            config.tickers(), caps, config.benchmark(), config.initialCash(), config.costs());
    Map<String, Baseline> baselines = new LinkedHashMap<>();
    baselines.put("equal_weight", standard.get(0));
    baselines.put("value_weighted", standard.get(1));
    baselines.put("momentum", standard.get(2));
    baselines.put(config.benchmark(), standard.get(3));
    if (standard.get(2) instanceof MonthlyMomentum momentum) {
      List<Bar> earlier = new ArrayList<>();
      for (String ticker : config.tickers()) {
        earlier.addAll(view.bars(ticker, first.decisionSession().minusDays(45)));
      }
      momentum.warmUp(earlier);
    }
    return new Book(
        new Portfolio(config.initialCash(), config.marginRequirement()),
        FillModels.of(config.fillModel()),
        config.costs(),
        baselines);
  }

  /** Returns the settled session's bars as the baselines read them: open and close. */
  private static Map<String, Bar> sessionBars(DaySettled settled) {
    var settlement = settled.settlement();
    Map<String, Bar> bars = new LinkedHashMap<>();
    settlement
        .opens()
        .forEach(
            (ticker, open) -> {
              double close = settlement.closes().get(ticker);
              bars.put(
                  ticker,
                  new Bar(
                      ticker,
                      settlement.date(),
                      open,
                      Math.max(open, close),
                      Math.min(open, close),
                      close,
                      0));
            });
    return bars;
  }
}
