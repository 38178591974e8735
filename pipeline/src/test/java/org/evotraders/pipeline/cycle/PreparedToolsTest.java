package org.evotraders.pipeline.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.offline.TeamRules;
import org.evotraders.agents.prompts.PromptLibrary;
import org.evotraders.agents.risk.PositionLimits;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.data.synthetic.SyntheticMarket;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.gate.ModelGate;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.models.provider.ProviderDirectory;
import org.evotraders.pipeline.runs.EventCodec;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated run starts the analysts' tools of the next day while the current day's later stages
 * run. The tools read only the market up to that day's decision, so the log must be byte for byte
 * the log of days whose tools ran on the spot.
 */
class PreparedToolsTest {

  /** Three tickers on the synthetic market of seed 7, six sessions of January 2024. */
  private static final RunConfig CONFIG =
      new RunConfig(
          "mock",
          "mock",
          List.of("AAPL", "MSFT", "NVDA"),
          LocalDate.of(2024, 1, 2),
          LocalDate.of(2024, 1, 9),
          100_000,
          0.25,
          new TradingCosts(0.005, 0, 0, 5),
          "next_open",
          "SPY",
          1,
          new RunConfig.Risk(0.20, 1.5),
          Map.of(),
          null,
          7,
          false);

  @TempDir Path folder;

  @Test
  void daysWhoseToolsWerePreparedTheDayBeforeRecordWhatDaysAnalysedOnTheSpotRecord() {
    List<String> prepared = lines(folder.resolve("prepared"), true);
    List<String> onTheSpot = lines(folder.resolve("on-the-spot"), false);

    assertThat(prepared).hasSizeGreaterThan(6 * 10);
    assertThat(prepared).isEqualTo(onTheSpot);
  }

  /** Runs every day of {@link #CONFIG} and returns the log's lines. */
  private static List<String> lines(Path root, boolean prepareNextDay) {
    SyntheticMarket market =
        SyntheticMarket.builder(CONFIG.seed())
            .sessions(TradingCalendar.nyse()::isSession)
            .tickers(List.of("AAPL", "MSFT", "NVDA", "SPY"))
            .build();
    ModelGate gate =
        ModelGate.builder(
                ProviderDirectory.from(ModelSettings.from(Map.of()), new TeamRules())::provider)
            .build();
    Map<Role, ModelSpec> models = new EnumMap<>(Role.class);
    Arrays.stream(Role.values()).forEach(role -> models.put(role, ModelSpec.offline()));
    TeamSetup setup =
        new TeamSetup(gate, PromptLibrary.install(root.resolve("agents")), models, "");
    Team team =
        Team.of(setup, new PositionLimits(0.20, 1.5), null, SimulatedRun.historyStart(CONFIG));
    List<TradingDay> days = SimulatedRun.schedule(CONFIG);
    try (EventLog log = EventLog.open(root.resolve("events.jsonl"))) {
      Book book = RestoredBook.of(CONFIG, market, days.getFirst(), List.of()).book();
      DailyCycle cycle =
          new DailyCycle(
              team,
              setup,
              new RunRecorder(log, days.getFirst().decisionTime()),
              market,
              new SessionBars(market, CONFIG.tickers(), CONFIG.benchmark()),
              CONFIG.tickers(),
              CONFIG.maxCommCycles(),
              Map::of);
      for (int i = 0; i < days.size(); i++) {
        TradingDay next = prepareNextDay && i + 1 < days.size() ? days.get(i + 1) : null;
        cycle.run(days.get(i), book, next);
      }
    }
    return EventLog.read(root.resolve("events.jsonl")).stream().map(EventCodec::encode).toList();
  }
}
