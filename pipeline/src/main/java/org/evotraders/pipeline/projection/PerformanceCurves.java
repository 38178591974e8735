package org.evotraders.pipeline.projection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.evotraders.core.event.Settlement;

/**
 * The team's NAV and the baselines' values, one point per settled day, each curve starting like the
 * original's at (first day minus one day, initial cash). A point's time is the session's close,
 * 16:00 New York, in epoch milliseconds, which the original UI's charts read. A baseline missing
 * from a settlement keeps its last value.
 */
final class PerformanceCurves implements Checkpointed {

  static final String EQUAL_WEIGHT = "equal_weight";
  static final String VALUE_WEIGHTED = "value_weighted";
  static final String MOMENTUM = "momentum";

  private static final Set<String> BASELINES = Set.of(EQUAL_WEIGHT, VALUE_WEIGHTED, MOMENTUM);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalTime CLOSE = LocalTime.of(16, 0);
  private static final long DAY_MILLIS = 86_400_000L;

  private final double initialCash;
  final Curve equity = new Curve();
  final Curve equalWeight = new Curve();
  final Curve valueWeighted = new Curve();
  final Curve momentum = new Curve();
  final Curve benchmark = new Curve();
  private String benchmarkTicker;

  PerformanceCurves(double initialCash) {
    this.initialCash = initialCash;
  }

  void settle(Settlement settlement) {
    long time = closeTime(settlement.date());
    if (equity.size() == 0) {
      for (Curve curve : curves()) {
        curve.append(time - DAY_MILLIS, initialCash);
      }
    }
    if (benchmarkTicker == null) {
      benchmarkTicker =
          settlement.baselines().keySet().stream()
              .filter(key -> !BASELINES.contains(key))
              .sorted()
              .findFirst()
              .orElse(null);
    }
    equity.append(time, settlement.nav());
    append(equalWeight, time, settlement, EQUAL_WEIGHT);
    append(valueWeighted, time, settlement, VALUE_WEIGHTED);
    append(momentum, time, settlement, MOMENTUM);
    append(benchmark, time, settlement, benchmarkTicker);
  }

  /** Returns the benchmark's ticker (e.g. SPY), or null when settlements name none. */
  String benchmarkTicker() {
    return benchmarkTicker;
  }

  static long closeTime(LocalDate date) {
    return date.atTime(CLOSE).atZone(NEW_YORK).toInstant().toEpochMilli();
  }

  private void append(Curve curve, long time, Settlement settlement, String key) {
    Double value = key == null ? null : settlement.baselines().get(key);
    curve.append(time, value != null ? value : curve.lastValue(initialCash));
  }

  private List<Curve> curves() {
    return List.of(equity, equalWeight, valueWeighted, momentum, benchmark);
  }

  @Override
  public void commit() {
    curves().forEach(Curve::commit);
  }

  @Override
  public void rollback() {
    curves().forEach(Curve::rollback);
  }
}
