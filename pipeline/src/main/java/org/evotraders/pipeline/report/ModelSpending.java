package org.evotraders.pipeline.report;

import java.util.List;
import java.util.Objects;
import org.evotraders.pipeline.runs.RunConfig;

/**
 * The run's model spending per agent, against its budget.
 *
 * @param agents one row per agent, in the order to print
 * @param budget the run's limits; a null field means no limit of that kind
 * @param budgetStoppedRun whether the run ended early because the budget was spent
 */
public record ModelSpending(
    List<AgentSpending> agents, RunConfig.Budget budget, boolean budgetStoppedRun) {

  /** No model calls and no budget, e.g. a run of the offline model. */
  public static final ModelSpending NONE =
      new ModelSpending(List.of(), new RunConfig.Budget(null, null), false);

  public ModelSpending {
    agents = List.copyOf(agents);
    Objects.requireNonNull(
        budget, "model spending needs the budget; give Budget(null, null) for none");
  }

  /** Returns the sum over all agents. */
  public AgentSpending total() {
    return agents.stream().reduce(new AgentSpending("total", 0, 0, 0, 0, 0), AgentSpending::plus);
  }
}
