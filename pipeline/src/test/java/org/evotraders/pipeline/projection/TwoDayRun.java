package org.evotraders.pipeline.projection;

import static org.evotraders.core.signals.Direction.DOWN;
import static org.evotraders.core.signals.Direction.NEUTRAL;
import static org.evotraders.core.signals.Direction.UP;

import java.time.LocalDate;
import java.util.Map;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.ConferenceEnded;
import org.evotraders.core.event.RunEvent.ConferenceMessage;
import org.evotraders.core.event.RunEvent.ConferenceStarted;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.fills.Side;

/**
 * A two-day backtest of AAPL and MSFT with 100,000 initial cash and a 0.25 short margin.
 *
 * <p>Day 1 (2024-01-02), opens AAPL 100, MSFT 200, closes 110 and 190: buy 100 AAPL at 100 (fee 1):
 * cash 89,999; short 50 MSFT at 200 (fee 1): cash += 10,000 − 1 − 2,500 margin = 97,498. NAV at the
 * closes = 97,498 + 2,500 + 100·110 − 50·190 = 101,498. Technical says AAPL UP (right), MSFT DOWN
 * (right); sentiment says AAPL DOWN (wrong), MSFT NEUTRAL (not scored).
 *
 * <p>Day 2 (2024-01-03), opens AAPL 112, MSFT 195, closes 115 and 193: sell 40 AAPL at 112 (fee
 * 0.5): cash 101,977.5; cover 50 MSFT at 195 (fee 0.5): cash += 2,500 − 9,750 − 0.5 = 94,727,
 * margin 0. NAV = 94,727 + 60·115 = 101,627. Technical says AAPL DOWN (wrong), NVDA UP (no price:
 * unknown); sentiment says AAPL UP (right). SPY is missing from the settlement.
 */
final class TwoDayRun {

  static final LocalDate DAY1 = LocalDate.of(2024, 1, 2);
  static final LocalDate DAY2 = LocalDate.of(2024, 1, 3);

  private TwoDayRun() {}

  /** Returns seq 1-11: the run's start and its first day. */
  static EventScript firstDay() {
    return new EventScript()
        .start(false) // 1
        .day(DAY1, 1, 2) // 2
        .quote("AAPL", 100, 99) // 3
        .quote("MSFT", 200, 198) // 4
        .add(new AgentMessage("technical_analyst", "AAPL looks strong")) // 5
        .predict("technical_analyst", "AAPL", UP, "MSFT", DOWN) // 6
        .predict("sentiment_analyst", "AAPL", DOWN, "MSFT", NEUTRAL) // 7
        .fill("f1", "AAPL", Side.BUY, 100, 100, 1) // 8
        .fill("f2", "MSFT", Side.SHORT, 50, 200, 1) // 9
        .settle(
            101_498,
            Map.of(
                "equal_weight",
                100_500.0,
                "value_weighted",
                100_200.0,
                "momentum",
                99_800.0,
                "SPY",
                100_100.0),
            Map.of("AAPL", 100.0, "MSFT", 200.0),
            Map.of("AAPL", 110.0, "MSFT", 190.0)) // 10
        .complete(0.5); // 11
  }

  /** Appends seq 12-22 (the second day) to {@code script}. */
  static EventScript secondDay(EventScript script) {
    return script
        .day(DAY2, 2, 2)
        .quote("AAPL", 112, 110)
        .add(new ConferenceStarted("Investment Discussion - 2024-01-03", DAY2))
        .add(new ConferenceMessage("portfolio_manager", "Let us discuss AAPL", 1))
        .add(new ConferenceEnded())
        .predict("technical_analyst", "AAPL", DOWN, "NVDA", UP)
        .predict("sentiment_analyst", "AAPL", UP)
        .fill("f3", "AAPL", Side.SELL, 40, 112, 0.5)
        .fill("f4", "MSFT", Side.COVER, 50, 195, 0.5)
        .settle(
            101_627,
            Map.of("equal_weight", 101_000.0, "value_weighted", 100_700.0, "momentum", 99_900.0),
            Map.of("AAPL", 112.0, "MSFT", 195.0),
            Map.of("AAPL", 115.0, "MSFT", 193.0))
        .complete(1.0);
  }

  /** Returns the whole run: both days and, at seq 23, its finish. */
  static EventScript whole() {
    return secondDay(firstDay()).add(new RunFinished("completed", "end date reached"));
  }

  static RunProjection project(EventScript script) {
    RunProjection projection = new RunProjection(EventScript.INITIAL_CASH, 0.25);
    script.events().forEach(projection::apply);
    return projection;
  }
}
