package org.evotraders.agents.offline;

import java.util.Map;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;

/**
 * How much the portfolio manager trusts each analyst: its hit rate shrunk toward a coin flip, as if
 * every analyst had started with {@value #PRIOR_PREDICTIONS} predictions of which half were right
 * (a Beta(10, 10) prior): weight = (correct + {@value #PRIOR_PREDICTIONS} * 0.5) / (evaluated +
 * {@value #PRIOR_PREDICTIONS}). An analyst without a record weighs 0.5; a short lucky streak moves
 * its weight little, a long record moves it toward its observed hit rate.
 */
record TrackRecords(Map<String, TrackRecord> records) {

  static final int PRIOR_PREDICTIONS = 20;
  static final double PRIOR_HIT_RATE = 0.5;

  TrackRecords {
    records = records == null ? Map.of() : Map.copyOf(records);
  }

  /** Returns the shrunk hit rate of {@code analystId}, its weight before normalisation. */
  double weight(String analystId) {
    TrackRecord record = records.get(analystId);
    int evaluated = record == null ? 0 : record.evaluated();
    int correct = record == null ? 0 : record.correct();
    return (correct + PRIOR_PREDICTIONS * PRIOR_HIT_RATE) / (evaluated + PRIOR_PREDICTIONS);
  }

  /** Writes the record behind the weight, e.g. {@code 0.58 (23/40 right)}. */
  String describe(String analystId) {
    TrackRecord record = records.get(analystId);
    String weight = Phrases.format("%.2f", weight(analystId));
    return record == null
        ? weight + " (no record)"
        : weight + Phrases.format(" (%d/%d right)", record.correct(), record.evaluated());
  }
}
