import type { LinkStatus } from "../net/link";
import type { DashboardState } from "../state/dashboard";
import { formatMoney, formatPercent, tone } from "./format";

const LINK_LABELS: Record<LinkStatus, string> = { live: "LIVE", syncing: "SYNCING", offline: "OFFLINE" };

/** The top bar: what runs, how far it is, the market's status and the link's status. */
export function Header({ state, link }: { state: DashboardState; link: LinkStatus }) {
  const { run, marketStatus } = state;
  // a client that joins mid-run has no run_started, only the snapshot's server_mode, which the
  // original sets to backtest for mock runs too: its is_mock_mode tells them apart
  const mode = run.mode ?? (run.isMock ? "mock" : run.serverMode) ?? (run.isBacktest ? "backtest" : "–");
  return (
    <header class="header">
      <div class="brand">EvoTraders</div>
      <div class="run-info" data-testid="run-info">
        <span class="chip">{mode}</span>
        {run.runId && <span class="muted">run {run.runId}</span>}
        {state.currentDate && <span data-testid="current-date">{state.currentDate}</span>}
        {state.daysTotal > 0 && (
          <span class="progress" title="trading days completed">
            <span class="progress-bar" style={{ width: `${Math.round(state.progress * 100)}%` }} />
            <span class="progress-text">
              {state.daysCompleted}/{state.daysTotal} days
            </span>
          </span>
        )}
        {run.status && <span class="muted">{run.status}</span>}
      </div>
      <div class="nav" data-testid="header-nav">
        NAV {formatMoney(state.portfolio.nav)}{" "}
        <span class={tone(state.portfolio.pnlPercent)}>{formatPercent(state.portfolio.pnlPercent)}</span>
      </div>
      <div class="market" data-testid="market-status" title={marketStatus.current_time ?? ""}>
        {marketStatus.status_text ?? marketStatus.status ?? "market unknown"}
      </div>
      <div class={`link link-${link}`} id="connection-status" data-testid="connection-status" data-state={link}>
        <span class="dot" />
        {LINK_LABELS[link]}
      </div>
    </header>
  );
}
