import { useMemo } from "preact/hooks";
import type { CurvePoint } from "../state/curves";
import type { DashboardState } from "../state/dashboard";
import { drawdowns } from "../state/metrics";
import { Chart, type Line } from "./Chart";

type SeriesKey = keyof Omit<CurvePoint, "date">;

const SERIES: { key: SeriesKey; line: Line }[] = [
  { key: "team", line: { label: "Team NAV", colour: "#8f9bff" } },
  { key: "equalWeight", line: { label: "Equal weight", colour: "#3fb68b", dash: [6, 4] } },
  { key: "valueWeighted", line: { label: "Value weighted", colour: "#e0a526", dash: [6, 4] } },
  { key: "momentum", line: { label: "Momentum", colour: "#c062d6", dash: [6, 4] } },
  { key: "benchmark", line: { label: "Benchmark", colour: "#9aa4b5", dash: [2, 3] } },
];

/** A drawdown is never above 0%: the axis tops out there, and spans at least 1% below it. */
const DRAWDOWN_RANGE = (min: number): [number, number] => [Math.min(min * 1.1, -1), 0];

/** Returns the session date as epoch seconds, uPlot's time axis. */
export function dateSeconds(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

/** The team's NAV against the equal-weight, value-weighted and momentum baselines and the benchmark, and its drawdown. */
export function Performance({ state }: { state: DashboardState }) {
  const { points, benchmarkTicker } = state.curves;
  const shownSeries = SERIES.filter(({ key }) => points.some((point) => point[key] !== undefined));
  const data = useMemo(() => {
    const x = points.map((point) => dateSeconds(point.date));
    const ys = shownSeries.map(({ key }) => points.map((point) => point[key] ?? null));
    const drawdown = drawdowns(points.map((point) => point.team));
    return { x, ys, drawdown: [drawdown] };
  }, [points]);
  if (points.length === 0) {
    return <p class="empty" data-testid="performance-empty">The curves start when the first day is settled.</p>;
  }
  const lines = shownSeries.map(({ key, line }) =>
    key === "benchmark" && benchmarkTicker ? { ...line, label: benchmarkTicker } : line,
  );
  return (
    <section class="performance">
      <h2>Team NAV against the baselines</h2>
      <Chart x={data.x} ys={data.ys} lines={lines} testId="equity-chart" />
      <h2>Team drawdown</h2>
      <Chart
        x={data.x}
        ys={data.drawdown}
        lines={[{ label: "Drawdown", colour: "#e0584f" }]}
        height={160}
        unit="%"
        testId="drawdown-chart"
        yRange={DRAWDOWN_RANGE}
      />
    </section>
  );
}
