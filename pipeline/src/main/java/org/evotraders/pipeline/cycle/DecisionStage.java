package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.evotraders.agents.Role;
import org.evotraders.agents.answers.DecisionAnswer;
import org.evotraders.agents.answers.TickerDecision;
import org.evotraders.agents.facts.DecisionFacts;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;
import org.evotraders.agents.team.Said;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.engine.FeasibleOrder;
import org.evotraders.core.event.Decision;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.DecisionsMade;
import org.evotraders.core.event.RunEvent.OrderClamped;
import org.evotraders.core.orders.Action;
import org.evotraders.core.orders.Order;

/**
 * The portfolio manager decides one order per ticker; each decision is then clamped, in code, to
 * the feasible range computed before it spoke: the risk limit of the ticker, and what the cash and
 * margin can pay for at the last close. Every cut is recorded as an {@code order_clamped} event.
 */
final class DecisionStage {

  private final Team team;
  private final TeamSetup setup;
  private final RunRecorder recorder;
  private final Supplier<Map<String, TrackRecord>> trackRecords;

  DecisionStage(
      Team team,
      TeamSetup setup,
      RunRecorder recorder,
      Supplier<Map<String, TrackRecord>> trackRecords) {
    this.team = team;
    this.setup = setup;
    this.recorder = recorder;
    this.trackRecords = trackRecords;
  }

  /** Returns the orders to place, after clamping. */
  List<Order> run(DayContext day, Book book) {
    DecisionFacts facts =
        new DecisionFacts(
            day.day.date(),
            day.tickers,
            day.signals,
            trackRecords.get(),
            day.riskAssessment,
            day.conferenceSummary,
            day.portfolio);
    Said<DecisionAnswer> said = team.portfolioManager().decide(facts);
    // the message, the clamps and the decisions are written together, before any order is placed
    List<RunEvent> events = new ArrayList<>();
    events.add(new AgentMessage(said.agentId(), said.message()));
    ModelUsage.of(said, setup.model(Role.PORTFOLIO_MANAGER)).ifPresent(events::add);

    List<Decision> decisions = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    for (TickerDecision d : said.value().decisions()) {
      long requested = d.action() == Action.HOLD ? 0 : d.quantity();
      long allowed = clamp(d, requested, day, book, events);
      decisions.add(
          new Decision(d.ticker(), d.action(), requested, allowed, d.confidence(), d.reasoning()));
      if (allowed > 0) {
        orders.add(new Order(d.ticker(), d.action(), allowed));
      }
    }
    events.add(new DecisionsMade(decisions));
    recorder.recordAll(events);
    return orders;
  }

  /** Returns the quantity {@code d} may trade, adding an order_clamped event for each cut. */
  private static long clamp(
      TickerDecision d, long requested, DayContext day, Book book, List<RunEvent> events) {
    if (requested == 0) {
      return 0;
    }
    RiskLimit limit = day.limits.get(d.ticker());
    if (limit == null) {
      events.add(
          new OrderClamped(
              d.ticker(),
              requested,
              0,
              "NO_PRICE",
              "no price for " + d.ticker() + " at the decision"));
      return 0;
    }
    long byLimit = d.action() == Action.LONG ? limit.maxLongShares() : limit.maxShortShares();
    if (byLimit < requested) {
      events.add(
          new OrderClamped(
              d.ticker(),
              requested,
              byLimit,
              "RISK_POSITION_LIMIT",
              "position limit %.0f (%.0f%% of NAV, volatility %.0f%%) allows %d shares"
                  .formatted(
                      limit.maxPositionValue(),
                      100 * limit.limitFraction(),
                      100 * limit.annualVolatility(),
                      byLimit)));
    }
    long wanted = Math.min(requested, byLimit);
    if (wanted == 0) {
      return 0;
    }
    FeasibleOrder feasible =
        book.feasibility()
            .assess(new Order(d.ticker(), d.action(), wanted), book.portfolio(), limit.price());
    feasible
        .reduction()
        .ifPresent(
            r ->
                events.add(
                    new OrderClamped(
                        d.ticker(),
                        wanted,
                        r.allowed(),
                        r.code(),
                        "at the last close %.2f the book can pay for %d shares"
                            .formatted(limit.price(), r.allowed()))));
    return feasible.allowed();
  }
}
