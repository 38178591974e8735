import { useState } from "preact/hooks";
import { runsApi, type RunEquity, type RunListing } from "../net/api";
import { pointDate } from "../state/curves";
import { Chart } from "./Chart";
import { dateSeconds } from "./Performance";

const METRIC_LABELS: Record<string, string> = {
  totalReturnPct: "Total return %",
  annualisedReturnPct: "Annualised return %",
  volatilityPct: "Volatility % (ann.)",
  sharpe: "Sharpe",
  sortino: "Sortino",
  maxDrawdownPct: "Max drawdown %",
  excessReturnPct: "Excess vs equal weight %",
  trades: "Trades",
  winRate: "Prediction win rate",
  costUsd: "Model cost $",
};

/** Returns both runs' team curves on one date axis, null where a run has no value that day. */
export function alignCurves(a: RunEquity, b: RunEquity): { x: number[]; ys: (number | null)[][] } {
  const valuesOf = (run: RunEquity) => new Map(run.curves.equity.map((p) => [pointDate(p.t), p.v]));
  const first = valuesOf(a);
  const second = valuesOf(b);
  const dates = [...new Set([...first.keys(), ...second.keys()])].sort();
  return {
    x: dates.map(dateSeconds),
    ys: [dates.map((d) => first.get(d) ?? null), dates.map((d) => second.get(d) ?? null)],
  };
}

/** Two runs' equity curves and metrics side by side. */
export function Compare({ runs }: { runs: RunListing[] }) {
  const [ids, setIds] = useState<[string, string]>(["", ""]);
  const [pair, setPair] = useState<[RunEquity, RunEquity] | null>(null);
  const [error, setError] = useState("");
  const load = async () => {
    try {
      setPair(await Promise.all([runsApi.equity(ids[0]), runsApi.equity(ids[1])]));
      setError("");
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const picker = (index: 0 | 1) => (
    <select
      data-testid={`compare-run-${index === 0 ? "a" : "b"}`}
      value={ids[index]}
      onChange={(e) => {
        const next: [string, string] = [...ids];
        next[index] = (e.target as HTMLSelectElement).value;
        setIds(next);
      }}
    >
      <option value="">pick a run</option>
      {runs.map((run) => (
        <option key={run.id} value={run.id}>
          {run.id} ({run.mode}, {run.start} → {run.end})
        </option>
      ))}
    </select>
  );
  const aligned = pair ? alignCurves(pair[0], pair[1]) : null;
  const keys = pair ? [...new Set([...Object.keys(pair[0].metrics), ...Object.keys(pair[1].metrics)])] : [];
  return (
    <section class="panel compare" data-testid="compare">
      <h2>Compare two runs</h2>
      <div class="inline">
        {picker(0)} vs {picker(1)}
        <button type="button" data-testid="compare-go" disabled={!ids[0] || !ids[1]} onClick={load}>
          compare
        </button>
      </div>
      {error && <p class="notice">{error}</p>}
      {pair && aligned && (
        <>
          <Chart
            x={aligned.x}
            ys={aligned.ys}
            lines={[
              { label: pair[0].id, colour: "#8f9bff" },
              { label: pair[1].id, colour: "#e0a526" },
            ]}
            testId="compare-chart"
          />
          <table class="table" data-testid="compare-metrics">
            <thead>
              <tr>
                <th />
                <th>{pair[0].id}</th>
                <th>{pair[1].id}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key}>
                  <td>{METRIC_LABELS[key] ?? key}</td>
                  <td>{pair[0].metrics[key]?.toFixed(2) ?? "–"}</td>
                  <td>{pair[1].metrics[key]?.toFixed(2) ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
