package org.evotraders.pipeline.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.core.signals.Direction.UP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.evotraders.core.event.RunEvent.SystemNotice;
import org.evotraders.core.fills.Side;
import org.junit.jupiter.api.Test;

/** The feed keeps 200 messages, trades.json 100 trades and each analyst 100 signals. */
class HistoryLimitsTest {

  @Test
  void feedKeepsTheNewest200NewestFirst() {
    // seq 1 start, 2 day start, 3-252 notices, 253 day complete.
    EventScript script = new EventScript().start(false).day(TwoDayRun.DAY1, 1, 1);
    for (int i = 0; i < 250; i++) {
      script.add(new SystemNotice("notice " + i));
    }
    script.complete(1.0);

    JsonNode feed = TwoDayRun.project(script).initialStateJson().get("feed_history");

    assertThat(feed).hasSize(200);
    assertThat(feed.get(0).get("seq").asLong()).isEqualTo(253);
    assertThat(feed.get(1).get("content").asText()).isEqualTo("notice 249");
    assertThat(feed.get(199).get("seq").asLong()).isEqualTo(54);
  }

  @Test
  void tradesKeepTheNewest100ButCountAll() {
    EventScript script = new EventScript().start(false).day(TwoDayRun.DAY1, 1, 1);
    for (int i = 0; i < 130; i++) {
      script.fill("f" + i, "AAPL", Side.BUY, 1, 100, 0);
    }
    script.complete(1.0);

    DashboardDocuments dashboard = TwoDayRun.project(script).dashboard();

    assertThat(dashboard.trades()).hasSize(100);
    assertThat(dashboard.trades().get(0).get("id").asText()).isEqualTo("t_20240102_AAPL_129");
    assertThat(dashboard.trades().get(99).get("id").asText()).isEqualTo("t_20240102_AAPL_30");
    assertThat(dashboard.summary().get("totalTrades").asInt()).isEqualTo(130);
  }

  @Test
  void eachAnalystKeepsItsNewest100SignalsOldestFirst() {
    EventScript script = new EventScript().start(false);
    LocalDate day = TwoDayRun.DAY1;
    for (int i = 1; i <= 120; i++, day = day.plusDays(1)) {
      script
          .day(day, i, 120)
          .predict("technical_analyst", "AAPL", UP)
          .settle(100_000, Map.of(), Map.of("AAPL", 100.0), Map.of("AAPL", 101.0))
          .complete(i / 120.0);
    }

    JsonNode technical = TwoDayRun.project(script).dashboard().leaderboard().get(2);

    assertThat(technical.get("signals")).hasSize(100);
    assertThat(technical.get("signals").get(0).get("date").asText())
        .isEqualTo(TwoDayRun.DAY1.plusDays(20).toString());
    assertThat(technical.get("bull").get("n").asInt()).isEqualTo(120);
  }
}
