import type { CurvePoint } from "./curves";

/** Figures of a value curve, in percent where they are rates; null when the curve is too short. */
export interface CurveMetrics {
  totalReturnPct: number;
  annualisedVolatilityPct: number | null;
  sharpe: number | null;
  maxDrawdownPct: number;
}

const TRADING_DAYS_PER_YEAR = 252;

/** Returns each point's drawdown: its fall below the highest value so far, in percent (0 or less). */
export function drawdowns(values: number[]): number[] {
  let peak = -Infinity;
  return values.map((value) => {
    peak = Math.max(peak, value);
    return peak > 0 ? (value / peak - 1) * 100 : 0;
  });
}

/**
 * Returns the total return, the annualised volatility of daily returns (sample deviation times
 * sqrt 252), the Sharpe ratio at a zero risk-free rate, and the largest drawdown.
 */
export function curveMetrics(values: number[]): CurveMetrics | null {
  if (values.length < 2 || values[0] <= 0) {
    return null;
  }
  const returns = values.slice(1).map((value, i) => value / values[i] - 1);
  const mean = returns.reduce((sum, r) => sum + r, 0) / returns.length;
  const variance =
    returns.length > 1 ? returns.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (returns.length - 1) : NaN;
  const deviation = Math.sqrt(variance);
  const measured = Number.isFinite(deviation);
  return {
    totalReturnPct: (values[values.length - 1] / values[0] - 1) * 100,
    annualisedVolatilityPct: measured ? deviation * Math.sqrt(TRADING_DAYS_PER_YEAR) * 100 : null,
    sharpe: measured && deviation > 0 ? (mean / deviation) * Math.sqrt(TRADING_DAYS_PER_YEAR) : null,
    maxDrawdownPct: Math.min(0, ...drawdowns(values)),
  };
}

/** Returns one series of the points, skipping days it has no value for. */
export function series(points: CurvePoint[], key: keyof Omit<CurvePoint, "date">): number[] {
  return points.map((point) => point[key]).filter((value): value is number => value !== undefined);
}
