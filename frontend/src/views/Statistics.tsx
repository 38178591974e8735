import type { DashboardState } from "../state/dashboard";
import { curveMetrics, series } from "../state/metrics";
import { formatCount, formatMoney, formatPercent, formatShare, tone } from "./format";
import { useEffect, useState } from "preact/hooks";
import { runsApi } from "../net/api";
import { usePage } from "./Pager";

const COMPARED = [
  { key: "team", label: "Team" },
  { key: "equalWeight", label: "Equal weight" },
  { key: "valueWeighted", label: "Value weighted" },
  { key: "momentum", label: "Momentum" },
  { key: "benchmark", label: "Benchmark" },
] as const;

function Metrics({ state }: { state: DashboardState }) {
  const rows = COMPARED.map(({ key, label }) => ({
    label: key === "benchmark" ? (state.curves.benchmarkTicker ?? label) : label,
    metrics: curveMetrics(series(state.curves.points, key)),
  })).filter((row) => row.metrics);
  const team = rows[0]?.metrics;
  const equalWeight = rows.find((row) => row.label === "Equal weight")?.metrics;
  return (
    <div class="panel">
      <h2>Metrics</h2>
      <div class="kpis">
        <Kpi label="Total return" value={formatPercent(team?.totalReturnPct)} toneOf={team?.totalReturnPct} />
        <Kpi
          label="Excess vs equal weight"
          value={team && equalWeight ? formatPercent(team.totalReturnPct - equalWeight.totalReturnPct) : "–"}
          toneOf={team && equalWeight ? team.totalReturnPct - equalWeight.totalReturnPct : 0}
        />
        <Kpi label="Prediction win rate" value={formatShare(state.stats.winRate)} />
        <Kpi label="Trades" value={formatCount(state.stats.totalTrades ?? state.trades.length)} />
      </div>
      <table class="table" data-testid="metrics-table">
        <thead>
          <tr>
            <th />
            <th>Return</th>
            <th>Volatility (ann.)</th>
            <th>Sharpe</th>
            <th>Max drawdown</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, metrics }) => (
            <tr key={label}>
              <td>{label}</td>
              <td class={tone(metrics!.totalReturnPct)}>{formatPercent(metrics!.totalReturnPct)}</td>
              <td>{formatPercent(metrics!.annualisedVolatilityPct)}</td>
              <td>{metrics!.sharpe === null ? "–" : metrics!.sharpe.toFixed(2)}</td>
              <td>{formatPercent(metrics!.maxDrawdownPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TeamIntervals state={state} />
    </div>
  );
}

/**
 * The team's 95% stationary-bootstrap intervals of annual return and Sharpe, computed by the server
 * (GET /api/runs/{id}/equity) and refreshed as days complete.
 */
function TeamIntervals({ state }: { state: DashboardState }) {
  const [metrics, setMetrics] = useState<Record<string, number | null> | null>(null);
  const runId = state.run.runId;
  useEffect(() => {
    if (!runId) {
      setMetrics(null);
      return;
    }
    let current = true;
    runsApi
      .equity(runId)
      .then((answer) => current && setMetrics(answer.metrics))
      .catch(() => current && setMetrics(null));
    return () => {
      current = false;
    };
  }, [runId, state.daysCompleted]);
  const low = metrics?.annualisedReturnCiLowPct;
  const high = metrics?.annualisedReturnCiHighPct;
  const sharpeLow = metrics?.sharpeCiLow;
  const sharpeHigh = metrics?.sharpeCiHigh;
  if (low == null || high == null || sharpeLow == null || sharpeHigh == null) {
    return null;
  }
  return (
    <p class="muted" data-testid="metrics-intervals">
      Team over the run as recorded so far, 95% bootstrap intervals: annual return{" "}
      {formatPercent(low)} to {formatPercent(high)}; Sharpe{" "}
      {sharpeLow.toFixed(2)} to {sharpeHigh.toFixed(2)}.
    </p>
  );
}

function Kpi({ label, value, toneOf }: { label: string; value: string; toneOf?: number | null }) {
  return (
    <div class="kpi">
      <div class="kpi-label">{label}</div>
      <div class={`kpi-value ${tone(toneOf)}`}>{value}</div>
    </div>
  );
}

function Exposure({ state }: { state: DashboardState }) {
  const settlement = state.lastSettlement;
  const nav = settlement?.nav ?? state.portfolio.nav ?? 0;
  const rows = state.holdings.filter((row) => row.ticker !== "CASH");
  const long = settlement?.longValue ?? rows.filter((r) => r.marketValue > 0).reduce((s, r) => s + r.marketValue, 0);
  const short = Math.abs(settlement?.shortValue ?? rows.filter((r) => r.marketValue < 0).reduce((s, r) => s + r.marketValue, 0));
  const share = (value: number) => (nav > 0 ? formatShare(value / nav) : "–");
  return (
    <div class="panel" data-testid="exposure">
      <h2>Exposure</h2>
      <div class="kpis">
        <Kpi label="Long" value={share(long)} />
        <Kpi label="Short" value={share(short)} />
        <Kpi label="Gross" value={share(long + short)} />
        <Kpi label="Net" value={share(long - short)} />
        <Kpi label="Cash" value={formatMoney(settlement?.cash ?? state.portfolio.cash)} />
      </div>
    </div>
  );
}

function Holdings({ state }: { state: DashboardState }) {
  const limits = state.riskLimits;
  return (
    <div class="panel">
      <h2>Holdings</h2>
      <table class="table" data-testid="holdings-table">
        <thead>
          <tr>
            <th>Ticker</th>
            <th>Quantity</th>
            <th>Avg cost</th>
            <th>Price</th>
            <th>Value</th>
            <th>Weight</th>
            <th title="today's risk limit in shares">Limit long / short</th>
          </tr>
        </thead>
        <tbody>
          {state.holdings.map((row) => (
            <tr key={row.ticker} data-testid="holding-row">
              <td>{row.ticker}</td>
              <td>{row.ticker === "CASH" ? "" : formatCount(row.quantity)}</td>
              <td>{row.ticker === "CASH" ? "" : formatMoney(row.avg)}</td>
              <td>{row.ticker === "CASH" ? "" : formatMoney(row.currentPrice)}</td>
              <td>{formatMoney(row.marketValue)}</td>
              <td>{formatShare(row.weight)}</td>
              <td>{limits[row.ticker] ? `${formatCount(limits[row.ticker].maxLongShares)} / ${formatCount(limits[row.ticker].maxShortShares)}` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Trades({ state }: { state: DashboardState }) {
  const { rows, controls } = usePage(state.trades, 25, "trades-pager");
  return (
    <div class="panel">
      <h2>Trades</h2>
      <table class="table" data-testid="trades-table">
        <thead>
          <tr>
            <th>Date</th>
            <th>Ticker</th>
            <th>Side</th>
            <th>Quantity</th>
            <th>Price</th>
            <th>Commission</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((trade) => (
            <tr key={trade.id} data-testid="trade-row" data-trade-id={trade.id}>
              <td>{trade.trading_date}</td>
              <td>{trade.ticker}</td>
              <td class={trade.side === "LONG" ? "up" : "down"}>{trade.action ?? trade.side}</td>
              <td>{formatCount(trade.qty)}</td>
              <td>{formatMoney(trade.price)}</td>
              <td>{trade.commission === undefined ? "" : formatMoney(trade.commission)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.trades.length === 0 && <p class="muted">No trades yet.</p>}
      {controls}
    </div>
  );
}

/** Metrics against the baselines, exposure, holdings with today's limits, and the trades. */
export function Statistics({ state }: { state: DashboardState }) {
  return (
    <section class="statistics">
      <Metrics state={state} />
      <Exposure state={state} />
      <Holdings state={state} />
      <Trades state={state} />
    </section>
  );
}
