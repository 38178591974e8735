package org.evotraders.pipeline.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.core.signals.Direction.UP;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Map;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.fills.Side;
import org.junit.jupiter.api.Test;

/**
 * A 5,000-day run folds in linear work: what the fold allocates per day does not grow with the days
 * already folded (a fold that copied its curves or histories each day would allocate about nine
 * times more in the last thousand days than in the first), and the histories stay capped.
 * Allocation is counted in bytes by the JVM, not timed.
 */
class LongRunTest {

  private static final int DAYS = 5_000;
  private static final int BLOCK = 1_000;

  @Test
  void aLongRunFoldsInLinearWorkWithCappedHistories() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported(), "the JVM counts allocated bytes");
    RunProjection projection = new RunProjection(EventScript.INITIAL_CASH, 0.25);
    EventScript script = new EventScript().start(false);
    script.events().forEach(projection::apply);
    long seq = script.lastSeq();

    long firstBlock = 0;
    long lastBlock = 0;
    LocalDate session = LocalDate.of(2000, 1, 3);
    for (int day = 1; day <= DAYS; day++, session = session.plusDays(1)) {
      long before = threads.getCurrentThreadAllocatedBytes();
      EventScript today = new EventScript(seq + 1);
      oneDay(today, session, day);
      today.events().forEach(projection::apply);
      seq = today.lastSeq();
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      if (day <= BLOCK) {
        firstBlock += allocated;
      } else if (day > DAYS - BLOCK) {
        lastBlock += allocated;
      }
    }

    assertThat(lastBlock).isLessThan(2 * firstBlock);
    JsonNode state = projection.initialStateJson();
    assertThat(state.get("portfolio").get("equity")).hasSize(DAYS + 1);
    assertThat(state.get("feed_history")).hasSize(FeedHistory.KEPT);
    assertThat(state.get("trades")).hasSize(TradeTape.KEPT);
    assertThat(state.get("stats").get("totalTrades").asInt()).isEqualTo(DAYS);
    assertThat(state.get("leaderboard").get(2).get("signals")).hasSize(AnalystScores.SIGNALS_KEPT);
    assertThat(state.get("trading_days_completed").asInt()).isEqualTo(DAYS);
  }

  /** A day of eight events: buys one AAPL share on odd days and sells it on even ones. */
  private static void oneDay(EventScript script, LocalDate session, int day) {
    double open = 100 + day % 7;
    double close = open + (day % 2 == 0 ? 1 : -1);
    script
        .day(session, day, DAYS)
        .quote("AAPL", open, open - 1)
        .quote("MSFT", 200, 199)
        .add(new AgentMessage("technical_analyst", "day " + day))
        .predict("technical_analyst", "AAPL", UP)
        .fill("f" + day, "AAPL", day % 2 == 1 ? Side.BUY : Side.SELL, 1, open, 0)
        .settle(
            100_000,
            Map.of(
                "equal_weight",
                100_000.0 + day,
                "value_weighted",
                100_000.0,
                "momentum",
                100_000.0),
            Map.of("AAPL", open, "MSFT", 200.0),
            Map.of("AAPL", close, "MSFT", 200.0))
        .complete(day / (double) DAYS);
  }
}
