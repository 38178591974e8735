package org.evotraders.pipeline.cycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.memory.TeamMemory;
import org.evotraders.agents.risk.PositionLimits;
import org.evotraders.agents.team.AnalystAgent;
import org.evotraders.agents.team.PortfolioManagerAgent;
import org.evotraders.agents.team.RiskManagerAgent;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.agents.toolkit.Toolkit;

/** The six agents of a run, their toolkits, the risk limits and the team's memory (if any). */
public record Team(
    Map<Role, AnalystAgent> analysts,
    Map<Role, Toolkit> toolkits,
    RiskManagerAgent riskManager,
    PortfolioManagerAgent portfolioManager,
    PositionLimits limits,
    TeamMemory memory) {

  /**
   * Builds the team of a run; {@code memory} is null when long-term memory is off. Tools load price
   * history from {@code historyStart}, fixed for the run so a resumed run computes the same.
   */
  public static Team of(
      TeamSetup setup, PositionLimits limits, TeamMemory memory, LocalDate historyStart) {
    Map<Role, AnalystAgent> analysts = new LinkedHashMap<>();
    Map<Role, Toolkit> toolkits = new LinkedHashMap<>();
    for (Role role : Role.ANALYSTS) {
      analysts.put(role, new AnalystAgent(role, setup));
      toolkits.put(role, Toolkit.of(role, historyStart));
    }
    return new Team(
        Map.copyOf(analysts),
        Map.copyOf(toolkits),
        new RiskManagerAgent(setup),
        new PortfolioManagerAgent(setup),
        limits,
        memory);
  }

  /** Returns the analysts in the original's order. */
  public List<AnalystAgent> analystsInOrder() {
    return Role.ANALYSTS.stream().map(analysts::get).toList();
  }
}
