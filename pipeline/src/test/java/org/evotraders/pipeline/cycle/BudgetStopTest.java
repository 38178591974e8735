package org.evotraders.pipeline.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.evotraders.agents.Role;
import org.evotraders.agents.offline.TeamRules;
import org.evotraders.agents.prompts.PromptLibrary;
import org.evotraders.agents.risk.PositionLimits;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.RunFinished;
import org.evotraders.core.event.TeamMember;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.data.synthetic.SyntheticMarket;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.cost.Budget;
import org.evotraders.models.cost.BudgetLimit;
import org.evotraders.models.cost.CostLedger;
import org.evotraders.models.gate.ModelGate;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.models.provider.ProviderDirectory;
import org.evotraders.pipeline.projection.ProjectionFiles;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose model budget is spent stops at the next day boundary: the day in progress completes,
 * no further day starts, and the log ends with run_finished "budget_exhausted". Resumed (with room
 * in the budget), it finishes with the trades and NAV of a run that never stopped.
 *
 * <p>The offline team costs nothing, so the spending is booked by hand into the ledger the budget
 * reads, as a paid provider would book it, when day 3 of 6 closes.
 */
class BudgetStopTest {

  private static final List<LocalDate> SESSIONS =
      Stream.of(2, 3, 4, 5, 8, 9).map(d -> LocalDate.of(2024, 1, d)).toList();

  /** Three tickers on the synthetic market of seed 7, 2024-01-02 to 2024-01-09, offline team. */
  private static final RunConfig CONFIG =
      new RunConfig(
          "mock",
          "mock",
          List.of("AAPL", "MSFT", "NVDA"),
          SESSIONS.getFirst(),
          SESSIONS.getLast(),
          100_000,
          0.25,
          new TradingCosts(0.005, 0, 0, 5),
          "next_open",
          "SPY",
          1,
          new RunConfig.Risk(0.20, 1.5),
          Map.of(),
          new RunConfig.Budget(1_000L, null),
          7,
          false);

  @TempDir Path runs;

  @Test
  void stopsAfterTheDayThatSpentTheBudgetAndResumesToTheEnd() {
    RunDirectory run = RunDirectory.create(runs, LocalDateTime.of(2024, 1, 1, 9, 0));
    CostLedger ledger = new CostLedger();
    Consumer<DayProgress> spendOnDayThree =
        day -> {
          if (day.done() == 3) {
            ledger.bookProvider(
                "portfolio_manager", day.date(), new TokenUsage(800, 200), new BigDecimal("0.01"));
          }
        };

    RunOutcome stopped =
        runOf(run, new Budget(BudgetLimit.tokens(1_000), ledger), spendOnDayThree).execute();

    assertThat(stopped.status()).isEqualTo("budget_exhausted");
    assertThat(stopped.reason()).startsWith("Model budget exhausted: spent 1000 tokens");
    assertThat(stopped.daysRun()).isEqualTo(3);
    assertThat(stopped.daysTotal()).isEqualTo(6);
    List<RecordedEvent> log = EventLog.read(run.events());
    assertThat(dates(log, DayStarted.class)).isEqualTo(SESSIONS.subList(0, 3));
    assertThat(dates(log, DayCompleted.class)).isEqualTo(SESSIONS.subList(0, 3));
    assertThat(log.getLast().event()).isInstanceOf(RunFinished.class);
    assertThat(((RunFinished) log.getLast().event()).status()).isEqualTo("budget_exhausted");

    RunOutcome resumed = runOf(run, unlimited(), day -> {}).execute();
    RunDirectory straight = RunDirectory.create(runs, LocalDateTime.of(2024, 1, 1, 10, 0));
    RunOutcome uninterrupted = runOf(straight, unlimited(), day -> {}).execute();

    assertThat(resumed.status()).isEqualTo("completed");
    assertThat(resumed.daysRun()).isEqualTo(6);
    List<RecordedEvent> committed = CommittedEvents.of(EventLog.read(run.events()));
    List<RecordedEvent> expected = CommittedEvents.of(EventLog.read(straight.events()));
    assertThat(dates(committed, DayCompleted.class)).isEqualTo(SESSIONS);
    assertThat(fills(expected)).isNotEmpty();
    assertThat(fills(committed)).isEqualTo(fills(expected));
    assertThat(lastNav(committed)).isEqualTo(lastNav(expected));
    assertThat(resumed.portfolio().cash()).isEqualTo(uninterrupted.portfolio().cash());
  }

  @Test
  void aBudgetSpentOnTheLastDayEndsTheRunAsCompletedWork() {
    RunDirectory run = RunDirectory.create(runs, LocalDateTime.of(2024, 1, 1, 9, 0));
    CostLedger ledger = new CostLedger();
    Consumer<DayProgress> spendOnTheLastDay =
        day -> {
          if (day.done() == 6) {
            ledger.bookProvider(
                "risk_manager", day.date(), new TokenUsage(1_000, 0), BigDecimal.ZERO);
          }
        };

    RunOutcome outcome =
        runOf(run, new Budget(BudgetLimit.tokens(1_000), ledger), spendOnTheLastDay).execute();

    assertThat(outcome.status()).isEqualTo("completed");
    assertThat(outcome.daysRun()).isEqualTo(6);
    assertThat(dates(EventLog.read(run.events()), DayCompleted.class)).isEqualTo(SESSIONS);
    assertThat(((RunFinished) EventLog.read(run.events()).getLast().event()).status())
        .isEqualTo("completed");
  }

  private static Budget unlimited() {
    return new Budget(BudgetLimit.none(), new CostLedger());
  }

  /** Wires a run of {@link #CONFIG} the way the CLI does, with the offline team and no memory. */
  private static SimulatedRun runOf(
      RunDirectory run, Budget budget, Consumer<DayProgress> progress) {
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
        new TeamSetup(gate, PromptLibrary.install(run.root().resolve("agents")), models, "");
    Team team =
        Team.of(setup, new PositionLimits(0.20, 1.5), null, SimulatedRun.historyStart(CONFIG));
    List<TeamMember> members =
        Arrays.stream(Role.values())
            .map(r -> new TeamMember(r.id(), r.displayName(), r.displayName(), "offline", "rules"))
            .toList();
    Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    return new SimulatedRun(
        new RunParts(
            run,
            CONFIG,
            market,
            team,
            setup,
            budget,
            members,
            projection -> new ProjectionFiles(projection, false, clock),
            progress));
  }

  private static List<LocalDate> dates(
      List<RecordedEvent> log, Class<? extends RunEvent> dayEvent) {
    return log.stream()
        .filter(e -> dayEvent.isInstance(e.event()))
        .map(RecordedEvent::session)
        .toList();
  }

  private static List<Fill> fills(List<RecordedEvent> log) {
    return log.stream()
        .map(RecordedEvent::event)
        .filter(OrderFilled.class::isInstance)
        .map(e -> ((OrderFilled) e).fill())
        .toList();
  }

  private static double lastNav(List<RecordedEvent> log) {
    return log.stream()
        .map(RecordedEvent::event)
        .filter(DaySettled.class::isInstance)
        .mapToDouble(e -> ((DaySettled) e).settlement().nav())
        .reduce((a, b) -> b)
        .orElseThrow();
  }
}
