import type { DashboardState } from "../state/dashboard";
import type { UsageTotals } from "../state/usage";
import { agentName } from "./agents";
import { formatCount, formatUsd } from "./format";
import { usePage } from "./Pager";

function Cells({ totals }: { totals: UsageTotals }) {
  return (
    <>
      <td>{formatCount(totals.calls)}</td>
      <td>{formatCount(totals.inputTokens)}</td>
      <td>{formatCount(totals.outputTokens)}</td>
      <td>{formatUsd(totals.costUsd)}</td>
    </>
  );
}

const HEAD = (
  <>
    <th>Calls</th>
    <th>Input tokens</th>
    <th>Output tokens</th>
    <th>Cost</th>
  </>
);

/** Returns what is left of the run's budget, e.g. "$1.20 of $5.00", or null when it has none. */
export function budgetLeft(state: DashboardState): string | null {
  const { budget, usage } = state;
  const parts: string[] = [];
  if (budget?.maxUsd != null) {
    parts.push(`${formatUsd(Math.max(0, budget.maxUsd - usage.total.costUsd))} of ${formatUsd(budget.maxUsd)}`);
  }
  if (budget?.maxTokens != null) {
    const used = usage.total.inputTokens + usage.total.outputTokens;
    parts.push(`${formatCount(Math.max(0, budget.maxTokens - used))} of ${formatCount(budget.maxTokens)} tokens`);
  }
  return parts.length ? parts.join(" · ") : null;
}

/** Tokens and dollars the models cost, per agent and per day, and what is left of the budget. */
export function Costs({ state }: { state: DashboardState }) {
  const { usage } = state;
  const days = Object.entries(usage.byDay).sort(([a], [b]) => b.localeCompare(a));
  const { rows, controls } = usePage(days, 20, "costs-pager");
  return (
    <section class="costs" data-testid="costs">
      <div class="kpis">
        <div class="kpi">
          <div class="kpi-label">Spent</div>
          <div class="kpi-value" data-testid="cost-total">{formatUsd(usage.total.costUsd)}</div>
        </div>
        <div class="kpi">
          <div class="kpi-label">Tokens</div>
          <div class="kpi-value">{formatCount(usage.total.inputTokens + usage.total.outputTokens)}</div>
        </div>
        <div class="kpi">
          <div class="kpi-label">Model calls</div>
          <div class="kpi-value">{formatCount(usage.total.calls)}</div>
        </div>
        <div class="kpi">
          <div class="kpi-label">Budget left</div>
          <div class="kpi-value" data-testid="budget-left">{budgetLeft(state) ?? "no budget set"}</div>
        </div>
      </div>
      <div class="panel">
        <h2>Per agent</h2>
        <table class="table" data-testid="cost-agents">
          <thead>
            <tr>
              <th>Agent</th>
              <th>Model</th>
              {HEAD}
            </tr>
          </thead>
          <tbody>
            {Object.entries(usage.byAgent).map(([agentId, totals]) => (
              <tr key={agentId}>
                <td>{agentName(state.team, agentId)}</td>
                <td class="muted">{totals.model ?? ""}</td>
                <Cells totals={totals} />
              </tr>
            ))}
          </tbody>
        </table>
        {usage.total.calls === 0 && <p class="muted">No model calls yet.</p>}
      </div>
      <div class="panel">
        <h2>Per day</h2>
        <table class="table" data-testid="cost-days">
          <thead>
            <tr>
              <th>Day</th>
              {HEAD}
            </tr>
          </thead>
          <tbody>
            {rows.map(([day, totals]) => (
              <tr key={day}>
                <td>{day}</td>
                <Cells totals={totals} />
              </tr>
            ))}
          </tbody>
        </table>
        {controls}
      </div>
    </section>
  );
}
