package org.evotraders.pipeline.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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
import org.evotraders.core.marketdata.PointInTimeMarketData;
import org.evotraders.core.signals.AnalystSignal;

/**
 * The day's first stage: each analyst runs its tools on every ticker, recalls similar past days,
 * and states its signals. The four analysts work at once; their events are recorded in the
 * original's order. A run that knows its next day has the tools of that day {@link #prepare
 * prepared} while the rest of this day goes on: they read only the market up to that day's
 * decision, so they come out the same whenever they run.
 */
final class AnalysisStage {

  /** How many past days an agent recalls. */
  static final int RECALLED_DAYS = 3;

  private final Team team;
  private final TeamSetup setup;
  private final RunRecorder recorder;
  private final Turns turns;
  private LocalDate preparedFor;
  private Future<List<Map<String, List<ToolResult>>>> preparedTools;

  AnalysisStage(Team team, TeamSetup setup, RunRecorder recorder, Turns turns) {
    this.team = team;
    this.setup = setup;
    this.recorder = recorder;
    this.turns = turns;
  }

  /**
   * Starts the analysts' tools on {@code day}'s tickers as {@code view} shows the market, in the
   * background, for the run of that day to take. One background task runs the four toolkits in
   * turn: waking one thread a day costs less than waking four, and the rest of this day leaves it
   * time enough.
   */
  void prepare(TradingDay day, List<String> tickers, PointInTimeMarketData view) {
    preparedFor = day.date();
    preparedTools =
        Turns.inBackground(
            () ->
                team.analystsInOrder().stream()
                    .map(analyst -> tools(analyst, tickers, view))
                    .toList());
  }

  void run(DayContext day) {
    List<AnalystAgent> analysts = team.analystsInOrder();
    List<Map<String, List<ToolResult>>> prepared = preparedFor(day.day);
    List<Integer> order = IntStream.range(0, analysts.size()).boxed().toList();
    List<Outcome> outcomes =
        turns.take(
            order,
            turn -> {
              AnalystAgent analyst = analysts.get(turn);
              return analyse(
                  analyst,
                  day,
                  prepared == null ? tools(analyst, day.tickers, day.view) : prepared.get(turn));
            });
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

  /**
   * Returns the tools prepared for {@code day}, one map per analyst in order, or null when none
   * were, and forgets them.
   */
  private List<Map<String, List<ToolResult>>> preparedFor(TradingDay day) {
    Future<List<Map<String, List<ToolResult>>>> prepared = preparedTools;
    boolean forThisDay = day.date().equals(preparedFor);
    preparedFor = null;
    preparedTools = null;
    if (prepared == null) {
      return null;
    }
    if (!forThisDay) {
      // tools prepared for a day that did not come must be done before this day uses the toolkits
      Turns.await(prepared);
      return null;
    }
    return Turns.result(prepared);
  }

  private Map<String, List<ToolResult>> tools(
      AnalystAgent analyst, List<String> tickers, PointInTimeMarketData view) {
    Toolkit toolkit = team.toolkits().get(analyst.role());
    Map<String, List<ToolResult>> tools = new LinkedHashMap<>();
    for (String ticker : tickers) {
      tools.put(ticker, toolkit.run(ticker, view));
    }
    return tools;
  }

  private Outcome analyse(
      AnalystAgent analyst, DayContext day, Map<String, List<ToolResult>> tools) {
    Role role = analyst.role();
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
