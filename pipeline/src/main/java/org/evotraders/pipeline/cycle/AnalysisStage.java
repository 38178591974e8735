package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.facts.AnalystFacts;
import org.evotraders.agents.memory.AgentMemory;
import org.evotraders.agents.memory.Recollection;
import org.evotraders.agents.team.AnalystAgent;
import org.evotraders.agents.team.Said;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.agents.toolkit.Toolkit;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.MemoryRecalled;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.signals.AnalystSignal;

/**
 * The day's first stage: each analyst runs its tools on every ticker, recalls similar past days,
 * and states its signals. The four analysts work at once; their events are recorded in the
 * original's order.
 */
final class AnalysisStage {

  /** How many past days an agent recalls. */
  static final int RECALLED_DAYS = 3;

  private final Team team;
  private final TeamSetup setup;
  private final RunRecorder recorder;

  AnalysisStage(Team team, TeamSetup setup, RunRecorder recorder) {
    this.team = team;
    this.setup = setup;
    this.recorder = recorder;
  }

  void run(DayContext day) {
    List<Outcome> outcomes =
        Concurrently.map(team.analystsInOrder(), analyst -> analyse(analyst, day));
    List<RunEvent> events = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      String id = outcome.said().agentId();
      if (!outcome.recalled().isEmpty()) {
        events.add(new MemoryRecalled(id, Recollection.text(outcome.recalled())));
      }
      // the signals event is also the analyst's message (SignalsIssued.message())
      events.add(new SignalsIssued(id, outcome.said().value()));
      ModelUsage.of(outcome.said(), setup.model(outcome.role())).ifPresent(events::add);
      day.tools.put(id, outcome.tools());
      day.situations.put(id, outcome.situation());
      Map<String, AnalystSignal> byTicker = new LinkedHashMap<>();
      outcome.said().value().forEach(s -> byTicker.put(s.ticker(), s));
      day.signals.put(id, byTicker);
    }
    recorder.recordAll(events);
  }

  private Outcome analyse(AnalystAgent analyst, DayContext day) {
    Role role = analyst.role();
    Toolkit toolkit = team.toolkits().get(role);
    Map<String, List<ToolResult>> tools = new LinkedHashMap<>();
    for (String ticker : day.tickers) {
      tools.put(ticker, toolkit.run(ticker, day.view));
    }
    // only memory reads the situation: without it, no text is built
    String situation = "";
    List<Recollection> recalled = List.of();
    String reflection = "";
    if (team.memory() != null) {
      situation = Situation.of(tools);
      AgentMemory memory = team.memory().memory(role);
      recalled = memory.recall(day.day.date(), situation, RECALLED_DAYS);
      reflection = team.memory().reflection(role).note(day.day.date()).orElse("");
    }
    AnalystFacts facts =
        new AnalystFacts(
            role,
            day.day.date(),
            day.tickers,
            tools,
            recalled.stream().map(Recollection::text).toList(),
            reflection);
    return new Outcome(role, tools, situation, recalled, analyst.analyse(facts));
  }

  private record Outcome(
      Role role,
      Map<String, List<ToolResult>> tools,
      String situation,
      List<Recollection> recalled,
      Said<List<AnalystSignal>> said) {}
}
