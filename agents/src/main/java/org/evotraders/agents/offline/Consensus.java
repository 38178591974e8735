package org.evotraders.agents.offline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.evotraders.agents.Role;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Signal;

/**
 * The analysts' combined view of one ticker: score C = sum over analysts of sign(signal) *
 * confidence / 100 * w, the weights w normalised to sum to 1 over the analysts who vote on the
 * ticker. C lies in [-1, 1]; the team leans bullish above {@value #THRESHOLD}, bearish below minus
 * it, and has no view in between.
 *
 * <p>An analyst with confidence 0 abstains: it says it knows nothing (typically none of its tools
 * had data, as the fundamentals, sentiment and valuation analysts on price-only CSV history), so it
 * carries no weight instead of diluting the others towards "no view". A neutral signal with some
 * confidence still votes, and pulls the score towards 0 as intended.
 *
 * @param votes the voting analysts' signals on the ticker with their normalised weights, in the
 *     team's order (fundamentals, technical, sentiment, valuation, then any other id
 *     alphabetically)
 */
record Consensus(String ticker, List<Vote> votes, double score) {

  /** Below this |C| the team has no view: no position, and the conference names no side. */
  static final double THRESHOLD = 0.2;

  private static final List<String> TEAM = Role.ANALYSTS.stream().map(Role::id).toList();

  /** One analyst's signal on the ticker and the share of the consensus it carries. */
  record Vote(String analystId, Signal signal, int confidence, double weight) {}

  /**
   * Returns the consensus on {@code ticker}, each voting analyst weighing {@code
   * weightOf(analystId)} before normalisation; no vote gives score 0 and no votes.
   */
  static Consensus of(
      String ticker,
      Map<String, Map<String, AnalystSignal>> signals,
      ToDoubleFunction<String> weightOf) {
    List<AnalystSignal> given = new ArrayList<>(signals.size());
    double total = 0;
    for (String analyst : inTeamOrder(signals.keySet())) {
      AnalystSignal signal = signals.get(analyst).get(ticker);
      if (signal != null && signal.confidence() > 0) {
        given.add(signal);
        total += weightOf.applyAsDouble(signal.agentId());
      }
    }
    Vote[] votes = new Vote[given.size()];
    double score = 0;
    for (int i = 0; i < votes.length; i++) {
      AnalystSignal signal = given.get(i);
      double weight = total == 0 ? 0 : weightOf.applyAsDouble(signal.agentId()) / total;
      votes[i] = new Vote(signal.agentId(), signal.signal(), signal.confidence(), weight);
      score += signal.signal().sign() * signal.confidence() / 100.0 * weight;
    }
    return new Consensus(ticker, List.of(votes), score);
  }

  /** Returns the equal-weight consensus, as the conference states it. */
  static Consensus equalWeights(String ticker, Map<String, Map<String, AnalystSignal>> signals) {
    return of(ticker, signals, analyst -> 1.0);
  }

  /** Returns the side the team leans to: bullish, bearish or neutral (no view). */
  Signal lean() {
    return Signal.ofScore(score, THRESHOLD);
  }

  long count(Signal signal) {
    long count = 0;
    for (Vote vote : votes) {
      if (vote.signal() == signal) {
        count++;
      }
    }
    return count;
  }

  /** Returns the mean stated confidence of all votes, neutral ones included; 0 without votes. */
  double averageConfidence() {
    if (votes.isEmpty()) {
      return 0;
    }
    long sum = 0;
    for (Vote vote : votes) {
      sum += vote.confidence();
    }
    return (double) sum / votes.size();
  }

  /**
   * Returns the votes that dissent: a bullish or bearish vote whose side differs from the lean (so
   * when the team has no view, every vote with a side dissents).
   */
  List<Vote> dissents() {
    List<Vote> dissents = new ArrayList<>(votes.size());
    for (Vote vote : votes) {
      if (dissents(vote)) {
        dissents.add(vote);
      }
    }
    return dissents;
  }

  /** Tells whether {@code analystId} casts a dissenting vote. */
  boolean dissents(String analystId) {
    for (Vote vote : votes) {
      if (vote.analystId().equals(analystId)) {
        return dissents(vote);
      }
    }
    return false;
  }

  private boolean dissents(Vote vote) {
    return vote.signal() != Signal.NEUTRAL && vote.signal() != lean();
  }

  /**
   * Orders agent ids as the team runs them, unknown ids last in alphabetical order. The team's ids
   * come straight from its fixed order; only unknown ones are sorted.
   */
  static List<String> inTeamOrder(Collection<String> agentIds) {
    List<String> ordered = new ArrayList<>(agentIds.size());
    for (String id : TEAM) {
      if (agentIds.contains(id)) {
        ordered.add(id);
      }
    }
    if (ordered.size() < agentIds.size()) {
      List<String> others = new ArrayList<>(agentIds);
      others.removeAll(TEAM);
      others.sort(Comparator.naturalOrder());
      ordered.addAll(others);
    }
    return Collections.unmodifiableList(ordered);
  }
}
