import { describe, expect, it } from "vitest";
import { curveMetrics, drawdowns } from "./metrics";

describe("metrics", () => {
  it("measures each drawdown from the highest value so far", () => {
    // 100 -> 120 (new peak) -> 90 is 25% below 120 -> 132 new peak.
    expect(drawdowns([100, 120, 90, 132])).toEqual([0, 0, -25, 0]);
  });

  it("computes return, volatility, Sharpe and the largest drawdown of daily values", () => {
    // Daily returns +10% and -10%: mean 0, sample deviation sqrt(0.02) = 0.141421.
    const metrics = curveMetrics([100, 110, 99])!;
    expect(metrics.totalReturnPct).toBeCloseTo(-1, 10);
    expect(metrics.annualisedVolatilityPct).toBeCloseTo(0.141421356 * Math.sqrt(252) * 100, 4);
    expect(metrics.sharpe).toBeCloseTo(0, 10);
    expect(metrics.maxDrawdownPct).toBeCloseTo(-10, 10);
  });

  it("has no figures for a curve of one point", () => {
    expect(curveMetrics([100])).toBeNull();
  });
});
