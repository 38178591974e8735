package org.evotraders.pipeline.live;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.offline.TeamRules;
import org.evotraders.agents.prompts.PromptLibrary;
import org.evotraders.agents.risk.PositionLimits;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.event.TeamMember;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.marketdata.QuoteSource;
import org.evotraders.data.finnhub.FinnhubClient;
import org.evotraders.data.finnhub.FinnhubConfig;
import org.evotraders.data.http.HttpPolicy;
import org.evotraders.data.synthetic.SyntheticMarket;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.cost.Budget;
import org.evotraders.models.cost.BudgetLimit;
import org.evotraders.models.cost.CostLedger;
import org.evotraders.models.gate.ModelGate;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.models.provider.ProviderDirectory;
import org.evotraders.pipeline.cycle.RunParts;
import org.evotraders.pipeline.cycle.Team;
import org.evotraders.pipeline.projection.ProjectionFiles;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * Wires a live run the way the CLI does, with the offline team (no model, no cost), the synthetic
 * market of seed 7 behind the decisions, and no trading costs, so fill prices are the quotes.
 */
final class LiveRunFixture {

  static final List<String> TICKERS = List.of("AAPL", "MSFT");
  static final String BENCHMARK = "SPY";

  private LiveRunFixture() {}

  /** Returns a live run configuration from {@code start} to {@code end} (null: until stopped). */
  static RunConfig config(String mode, LocalDate start, LocalDate end) {
    return new RunConfig(
        mode,
        "mock",
        TICKERS,
        start,
        end,
        100_000,
        0.25,
        TradingCosts.NONE,
        "next_open",
        BENCHMARK,
        1,
        new RunConfig.Risk(0.20, 1.5),
        Map.of(),
        new RunConfig.Budget(null, null),
        7,
        false);
  }

  static SyntheticMarket market(long seed) {
    return SyntheticMarket.builder(seed)
        .sessions(TradingCalendar.nyse()::isSession)
        .firstDate(LocalDate.of(2022, 1, 3))
        .tickers(List.of("AAPL", "MSFT", "SPY"))
        .build();
  }

  /** Returns Finnhub's client pointed at a local server, without rate limit or retries. */
  static QuoteSource finnhubAt(URI baseUrl) {
    HttpPolicy unthrottled =
        new HttpPolicy(6_000_000, 1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10));
    return new FinnhubClient(
        new FinnhubConfig(baseUrl, "test-key", unthrottled, Clock.systemUTC()));
  }

  static LiveRun run(
      RunDirectory run, RunConfig config, SyntheticMarket market, LiveSettings settings) {
    ModelGate gate =
        ModelGate.builder(
                ProviderDirectory.from(ModelSettings.from(Map.of()), new TeamRules())::provider)
            .build();
    Map<Role, ModelSpec> models = new EnumMap<>(Role.class);
    Arrays.stream(Role.values()).forEach(role -> models.put(role, ModelSpec.offline()));
    TeamSetup setup =
        new TeamSetup(gate, PromptLibrary.install(run.root().resolve("agents")), models, "");
    Team team = Team.of(setup, new PositionLimits(0.20, 1.5), null, LiveRun.historyStart(config));
    List<TeamMember> members =
        Arrays.stream(Role.values())
            .map(r -> new TeamMember(r.id(), r.displayName(), r.displayName(), "offline", "rules"))
            .toList();
    Clock files = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    return new LiveRun(
        new RunParts(
            run,
            config,
            market,
            team,
            setup,
            new Budget(BudgetLimit.none(), new CostLedger()),
            members,
            projection -> new ProjectionFiles(projection, false, files),
            day -> {}),
        settings);
  }

  /** Returns the instant of {@code time} in New York on {@code date}. */
  static Instant newYork(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(TradingCalendar.NEW_YORK).toInstant();
  }
}
