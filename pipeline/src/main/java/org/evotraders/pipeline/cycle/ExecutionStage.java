package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.engine.ExecutionReport;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.OrderClamped;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.OrderPlaced;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.market.Bar;
import org.evotraders.core.orders.Order;
import org.evotraders.core.orders.Reduction;

/**
 * Places the clamped orders with the simulated broker at the session's open. The broker reads the
 * session's bar for its open price only; the bar's high, low and close reach the team at the close.
 */
final class ExecutionStage {

  private final RunRecorder recorder;

  ExecutionStage(RunRecorder recorder) {
    this.recorder = recorder;
  }

  /** Returns the notional traded (shares times fill price, all fills). */
  double run(DayContext day, Book book, List<Order> orders, Map<String, Bar> sessionBars) {
    recorder.moveTo(day.day.open(), day.day.date());
    List<RunEvent> events = new ArrayList<>();
    for (Order order : orders) {
      events.add(new OrderPlaced(order, day.day.decisionSession()));
    }
    recorder.recordAll(events);
    events.clear();
    Map<String, List<Bar>> bars = new LinkedHashMap<>();
    sessionBars.forEach((ticker, bar) -> bars.put(ticker, List.of(bar)));
    ExecutionReport report =
        book.broker().execute(book.portfolio(), day.day.decisionSession(), orders, bars);
    double traded = 0;
    for (Fill fill : report.fills()) {
      events.add(new OrderFilled(fill));
      traded += fill.quantity() * fill.price();
    }
    for (Reduction r : report.reductions()) {
      events.add(
          new OrderClamped(r.ticker(), r.requested(), r.allowed(), r.code(), "at the fill price"));
    }
    for (String ticker : day.tickers) {
      Bar bar = sessionBars.get(ticker);
      if (bar != null) {
        double previous = book.marks().getOrDefault(ticker, bar.open());
        events.add(
            new PriceUpdated(ticker, bar.open(), bar.open(), bar.open(), bar.open(), previous, 0));
      }
    }
    recorder.recordAll(events);
    return traded;
  }
}
