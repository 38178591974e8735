package org.evotraders.pipeline.report;

import java.util.Objects;
import org.evotraders.core.metrics.NavSeries;
import org.evotraders.core.metrics.PerformanceReport;

/**
 * The outcome of one portfolio over the run: the team, a baseline or the benchmark index.
 *
 * @param name the team is {@value #TEAM}; baselines use the keys of the settlement event
 *     (equal_weight, value_weighted, momentum) and the benchmark its ticker, e.g. SPY
 * @param performance the figures core computed from {@code nav}
 * @param nav the value at each session's close
 */
public record StrategyResult(String name, PerformanceReport performance, NavSeries nav) {

  /** The name of the team's own result. */
  public static final String TEAM = "team";

  public StrategyResult {
    Objects.requireNonNull(name, "a strategy result needs a name, e.g. team or equal_weight");
    Objects.requireNonNull(performance, () -> "strategy result " + name + " has no performance");
    Objects.requireNonNull(nav, () -> "strategy result " + name + " has no NAV series");
  }

  /** Returns the column heading: "Equal weight" for equal_weight, a benchmark ticker as it is. */
  public String label() {
    return switch (name) {
      case TEAM -> "Team";
      case "equal_weight" -> "Equal weight";
      case "value_weighted" -> "Value weighted";
      case "momentum" -> "Momentum";
      default -> name;
    };
  }
}
