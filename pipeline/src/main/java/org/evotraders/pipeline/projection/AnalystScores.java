package org.evotraders.pipeline.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.Settlement;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Prediction;

/**
 * The leaderboard's fold: each analyst's predictions wait for the next settlement, are scored
 * against that session's open-to-close move, and add to the analyst's tally and recent signals. A
 * later prediction for the same ticker before the settlement replaces the earlier one.
 */
final class AnalystScores implements Checkpointed {

  static final int SIGNALS_KEPT = 100;

  private Map<String, Tally> tallies = new HashMap<>();
  private Map<String, Tally> committedTallies = Map.of();
  private final Map<String, RecentHistory<ScoredSignal>> signals = new HashMap<>();
  private Map<String, Map<String, Direction>> pending = new LinkedHashMap<>();
  private Map<String, Map<String, Direction>> committedPending = Map.of();

  void predict(String agentId, List<Prediction> predictions) {
    Map<String, Direction> calls = pending.computeIfAbsent(agentId, id -> new LinkedHashMap<>());
    predictions.forEach(prediction -> calls.put(prediction.ticker(), prediction.direction()));
  }

  void settle(Settlement settlement) {
    pending.forEach(
        (agentId, calls) ->
            calls.forEach(
                (ticker, direction) -> {
                  ScoredSignal scored =
                      ScoredSignal.score(
                          ticker,
                          direction,
                          settlement.date(),
                          settlement.opens(),
                          settlement.closes());
                  tallies.merge(agentId, Tally.NONE.plus(scored), Tally::plus);
                  signals
                      .computeIfAbsent(agentId, id -> new RecentHistory<>(SIGNALS_KEPT))
                      .append(scored);
                }));
    pending = new LinkedHashMap<>();
  }

  Tally tally(String agentId) {
    return tallies.getOrDefault(agentId, Tally.NONE);
  }

  /** Returns the agent's newest scored signals, oldest first, as the original listed them. */
  List<ScoredSignal> signals(String agentId) {
    RecentHistory<ScoredSignal> history = signals.get(agentId);
    return history == null ? List.of() : history.oldestFirst();
  }

  /** Returns the sum of every analyst's tally: the team's predictions. */
  Tally team() {
    return tallies.values().stream().reduce(Tally.NONE, Tally::plus);
  }

  /** Returns the agents that made predictions, whether or not the team roster names them. */
  List<String> predictors() {
    List<String> ids = new ArrayList<>(tallies.keySet());
    pending.keySet().stream().filter(id -> !tallies.containsKey(id)).forEach(ids::add);
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  @Override
  public void commit() {
    committedTallies = Map.copyOf(tallies);
    Map<String, Map<String, Direction>> copy = new LinkedHashMap<>();
    pending.forEach((agentId, calls) -> copy.put(agentId, new LinkedHashMap<>(calls)));
    committedPending = copy;
    signals.values().forEach(RecentHistory::commit);
  }

  @Override
  public void rollback() {
    tallies = new HashMap<>(committedTallies);
    pending = new LinkedHashMap<>();
    committedPending.forEach((agentId, calls) -> pending.put(agentId, new LinkedHashMap<>(calls)));
    signals.values().forEach(RecentHistory::rollback);
  }
}
