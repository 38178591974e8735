import type { Settlement, WireCurves, WirePoint } from "../protocol";

/**
 * The team's NAV and the baselines' values, one point per settled day. Points are keyed by
 * session date, so a curve sent whole (initial_state, team_summary) and points appended from
 * day_settled agree, and a repeated day replaces its point instead of adding one.
 */
export interface CurvePoint {
  date: string;
  team: number;
  equalWeight?: number;
  valueWeighted?: number;
  momentum?: number;
  benchmark?: number;
}

export interface Curves {
  points: CurvePoint[];
  benchmarkTicker?: string;
}

export const NO_CURVES: Curves = { points: [] };

const BASELINE_KEYS = new Set(["equal_weight", "value_weighted", "momentum"]);

/** Returns the session date of a curve point: its close is 16:00 New York, the same UTC date. */
export function pointDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Returns the curves of summary.json or of the state's portfolio, or null when it has none. */
export function curvesFromWire(wire: WireCurves | undefined): Curves | null {
  if (!wire?.equity?.length) {
    return null;
  }
  const byDate = (series?: WirePoint[]) =>
    new Map((series ?? []).map((point) => [pointDate(point.t), point.v]));
  const equalWeight = byDate(wire.baseline);
  const valueWeighted = byDate(wire.baseline_vw);
  const momentum = byDate(wire.momentum);
  const benchmark = byDate(wire.benchmark);
  const points = wire.equity.map((point) => {
    const date = pointDate(point.t);
    return {
      date,
      team: point.v,
      equalWeight: equalWeight.get(date),
      valueWeighted: valueWeighted.get(date),
      momentum: momentum.get(date),
      benchmark: benchmark.get(date),
    };
  });
  return { points, benchmarkTicker: wire.benchmarkTicker };
}

/** Returns the curves with the day's settlement added, or replacing that day's point. */
export function settle(curves: Curves, settlement: Settlement): Curves {
  const baselines = settlement.baselines ?? {};
  const benchmarkTicker =
    curves.benchmarkTicker ??
    Object.keys(baselines)
      .filter((key) => !BASELINE_KEYS.has(key))
      .sort()[0];
  const point: CurvePoint = {
    date: settlement.date,
    team: settlement.nav,
    equalWeight: baselines.equal_weight,
    valueWeighted: baselines.value_weighted,
    momentum: baselines.momentum,
    benchmark: benchmarkTicker ? baselines[benchmarkTicker] : undefined,
  };
  const kept = curves.points.filter((existing) => existing.date < settlement.date);
  return { points: [...kept, point], benchmarkTicker };
}
