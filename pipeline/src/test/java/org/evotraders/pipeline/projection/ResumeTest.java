package org.evotraders.pipeline.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.core.signals.Direction.UP;
import static org.evotraders.pipeline.projection.JsonAssert.normalized;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.fills.Side;
import org.junit.jupiter.api.Test;

/**
 * A resumed run: the events of the interrupted day are void, since the day runs again. Day 2 of
 * {@link TwoDayRun} is cut short after a sale of all AAPL at 500 (fill id f3, as in the rerun), a
 * quote, a prediction and even a settlement; then the run resumes and reruns day 2.
 */
class ResumeTest {

  private static final int FIRST_DAY_EVENTS = 11;

  @Test
  void aResumedRunVoidsTheInterruptedDay() {
    EventScript script = TwoDayRun.firstDay();
    script
        .day(TwoDayRun.DAY2, 2, 2)
        .quote("AAPL", 500, 110)
        .add(new AgentMessage("technical_analyst", "voided analysis"))
        .predict("technical_analyst", "MSFT", UP)
        .fill("f3", "AAPL", Side.SELL, 100, 500, 0)
        .settle(140_000, Map.of("equal_weight", 1.0), Map.of("MSFT", 1.0), Map.of("MSFT", 2.0))
        .start(true);
    int rerunFrom = script.events().size();
    TwoDayRun.secondDay(script).add(new RunFinished("completed", "end date reached"));
    List<RecordedEvent> resumedLog = script.events();
    List<RecordedEvent> cleanLog = new ArrayList<>(resumedLog.subList(0, FIRST_DAY_EVENTS));
    cleanLog.addAll(resumedLog.subList(rerunFrom, resumedLog.size()));

    RunProjection resumed = project(resumedLog);
    RunProjection clean = project(cleanLog);

    // Reapplying fill f3 would throw had the voided f3 stayed in the portfolio.
    assertThat(normalized(resumed.dashboard().asObject()))
        .isEqualTo(normalized(clean.dashboard().asObject()));
    JsonNode feed = resumed.initialStateJson().get("feed_history");
    List<JsonNode> withoutResumeNotice = new ArrayList<>();
    feed.forEach(
        entry -> {
          if (!entry
              .path("content")
              .asText()
              .equals("Run 20240101_120000 resumed (backtest, 2024-01-02 to 2024-01-03)")) {
            withoutResumeNotice.add(entry);
          }
        });
    assertThat(withoutResumeNotice).hasSize(feed.size() - 1);
    assertThat(withoutResumeNotice)
        .containsExactlyElementsOf(clean.initialStateJson().get("feed_history"));
    assertThat(resumed.runtimeStateJson().get("trading_days_completed").asInt()).isEqualTo(2);
    assertThat(resumed.runtimeStateJson().get("resumed_at").asText())
        .isEqualTo(resumedLog.get(rerunFrom - 1).at().toString());
  }

  @Test
  void aResumeRightAfterACompletedDayVoidsNothing() {
    RunProjection completed = TwoDayRun.project(TwoDayRun.firstDay());
    RunProjection resumed = TwoDayRun.project(TwoDayRun.firstDay().start(true));

    assertThat(normalized(resumed.dashboard().asObject()))
        .isEqualTo(normalized(completed.dashboard().asObject()));
    assertThat(resumed.initialStateJson().get("last_day_history"))
        .isEqualTo(completed.initialStateJson().get("last_day_history"));
  }

  @Test
  void aResumeBeforeAnyCompletedDayStartsOver() {
    EventScript script = new EventScript().start(false).day(TwoDayRun.DAY1, 1, 2);
    script.fill("f1", "AAPL", Side.BUY, 10, 100, 0).start(true);
    RunProjection projection = TwoDayRun.project(script);

    JsonNode summary = projection.dashboard().summary();
    assertThat(summary.get("totalTrades").asInt()).isZero();
    assertThat(summary.get("cashPosition").asDouble()).isEqualTo(100_000.0);
    assertThat(projection.initialStateJson().get("current_date").isNull()).isTrue();
  }

  private static RunProjection project(List<RecordedEvent> log) {
    RunProjection projection = new RunProjection(EventScript.INITIAL_CASH, 0.25);
    log.forEach(projection::apply);
    return projection;
  }
}
