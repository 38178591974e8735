package org.evotraders.pipeline.runs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.TradingCosts;

/**
 * A run's complete machine-readable configuration, as written in the front matter of its
 * BOOTSTRAP.md: enough to rerun it identically.
 *
 * @param mode backtest or mock (live later)
 * @param data where prices and fundamentals come from: mock, csv:DIR, financialdatasets, finnhub
 * @param fillModel next_open (default), same_open (the original's) or close
 * @param models the model of each agent, by agent id
 * @param budget the most the run may spend on models; null fields mean no limit
 * @param seed seeds every random choice of the run (synthetic market, bootstrap intervals)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunConfig(
    String mode,
    String data,
    List<String> tickers,
    LocalDate start,
    LocalDate end,
    double initialCash,
    double marginRequirement,
    TradingCosts costs,
    String fillModel,
    String benchmark,
    int maxCommCycles,
    Risk risk,
    Map<String, AgentModel> models,
    Budget budget,
    long seed,
    boolean memory) {

  /** The risk manager's hard limits. */
  public record Risk(double basePositionFraction, double grossExposureCap) {}

  /** The model one agent uses. */
  public record AgentModel(String provider, String name) {}

  /** Returns this configuration with {@code budget} as its spending limits. */
  public RunConfig withBudget(Budget budget) {
    return new RunConfig(
        mode,
        data,
        tickers,
        start,
        end,
        initialCash,
        marginRequirement,
        costs,
        fillModel,
        benchmark,
        maxCommCycles,
        risk,
        models,
        budget,
        seed,
        memory);
  }

  /** Returns this configuration as a run of {@code mode} from {@code start} to {@code end}. */
  public RunConfig withSchedule(String mode, LocalDate start, LocalDate end) {
    return new RunConfig(
        mode,
        data,
        tickers,
        start,
        end,
        initialCash,
        marginRequirement,
        costs,
        fillModel,
        benchmark,
        maxCommCycles,
        risk,
        models,
        budget,
        seed,
        memory);
  }

  /** Returns the run's spending limits as its run_started event carries them. */
  public static org.evotraders.core.event.RunBudget budgetOf(RunConfig config) {
    return config.budget() == null
        ? org.evotraders.core.event.RunBudget.NONE
        : new org.evotraders.core.event.RunBudget(
            config.budget().maxTokens(), config.budget().maxUsd());
  }

  /** Spending limits of a run; a null field means no limit of that kind. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Budget(Long maxTokens, Double maxUsd) {}
}
