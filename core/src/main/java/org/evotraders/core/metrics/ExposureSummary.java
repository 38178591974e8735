package org.evotraders.core.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Exposure and turnover of a run, averaged over its daily {@link PositionSnapshot}s. Every figure
 * is a fraction of NAV (1.0 is 100%) and NaN without snapshots.
 *
 * <p>Turnover is two-sided: each session's traded notional (buys plus sells) over that session's
 * NAV, averaged over sessions and multiplied by {@code periodsPerYear} to give a yearly figure. A
 * portfolio that replaces its whole book once a year has annual turnover 2.
 *
 * @param averageGross mean of (long + |short|) / NAV
 * @param averageNet mean of (long - |short|) / NAV
 * @param averageLong mean of long / NAV
 * @param averageShort mean of |short| / NAV
 * @param maxGross the highest daily gross exposure
 * @param averageDailyTurnover mean of traded notional / NAV
 * @param annualTurnover {@code averageDailyTurnover * periodsPerYear}
 */
public record ExposureSummary(
    double averageGross,
    double averageNet,
    double averageLong,
    double averageShort,
    double maxGross,
    double averageDailyTurnover,
    double annualTurnover) {

  /** Returns the summary of the snapshots, annualising turnover over {@code periodsPerYear}. */
  public static ExposureSummary of(List<PositionSnapshot> snapshots, int periodsPerYear) {
    double dailyTurnover = average(snapshots, PositionSnapshot::turnover);
    return new ExposureSummary(
        average(snapshots, PositionSnapshot::grossExposure),
        average(snapshots, PositionSnapshot::netExposure),
        average(snapshots, PositionSnapshot::longExposure),
        average(snapshots, PositionSnapshot::shortExposure),
        snapshots.stream().mapToDouble(PositionSnapshot::grossExposure).max().orElse(Double.NaN),
        dailyTurnover,
        dailyTurnover * periodsPerYear);
  }

  private static double average(
      List<PositionSnapshot> snapshots, ToDoubleFunction<PositionSnapshot> figure) {
    return snapshots.stream().mapToDouble(figure).average().orElse(Double.NaN);
  }
}
