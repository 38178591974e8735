import type { Tally } from "../protocol";
import type { DashboardState } from "../state/dashboard";
import { agentColour, agentInitials } from "./agents";
import { formatCount, formatShare, formatUsd } from "./format";

/** is_correct on the wire: null is a neutral call, which is never scored (not one still to come). */
const VERDICTS: Record<string, string> = { true: "✓ right", false: "✗ wrong", unknown: "? unknown", null: "not scored" };

function record(tally: Tally | undefined): string {
  return tally ? `${tally.win}/${tally.n}` : "–";
}

/** One agent up close: role, model, rank, win rate, bull/bear record, signals and spending. */
export function AgentCard({ state, agentId, onClose }: { state: DashboardState; agentId: string; onClose: () => void }) {
  const member = state.team.find((m) => m.agentId === agentId);
  const entry = state.leaderboard.find((e) => e.agentId === agentId);
  const latest = state.signals[agentId] ?? [];
  const scored = [...(entry?.signals ?? [])].reverse().slice(0, 20);
  const usage = state.usage.byAgent[agentId];
  const model = member?.modelName ? `${member.modelProvider ?? ""} ${member.modelName}`.trim() : (usage?.model ?? "–");
  return (
    <div class="overlay" onClick={onClose}>
      <aside class="card" id="agent-card" data-testid="agent-card" data-agent={agentId} onClick={(e) => e.stopPropagation()}>
        <header class="card-head">
          <div class="avatar" style={{ background: agentColour(agentId) }}>
            {agentInitials(agentId)}
          </div>
          <div>
            <h2>{member?.name ?? agentId}</h2>
            <div class="muted">{member?.role ?? entry?.role ?? "Agent"}</div>
          </div>
          <button type="button" class="close" data-testid="agent-card-close" onClick={onClose}>
            ×
          </button>
        </header>
        <dl class="facts">
          <dt>Model</dt>
          <dd data-testid="agent-card-model">{model}</dd>
          <dt>Rank</dt>
          <dd data-testid="agent-card-rank">{entry?.rank ? `#${entry.rank}` : "–"}</dd>
          <dt>Win rate</dt>
          <dd data-testid="agent-card-winrate">{formatShare(entry?.winRate)}</dd>
          <dt>Bull calls right</dt>
          <dd>{record(entry?.bull)}</dd>
          <dt>Bear calls right</dt>
          <dd>{record(entry?.bear)}</dd>
          <dt>Model calls</dt>
          <dd>
            {usage ? `${formatCount(usage.calls)} · ${formatCount(usage.inputTokens + usage.outputTokens)} tokens · ${formatUsd(usage.costUsd)}` : "–"}
          </dd>
        </dl>
        {latest.length > 0 && (
          <>
            <h3>Today's signals</h3>
            <ul class="signals">
              {latest.map((signal) => (
                <li key={signal.ticker} title={signal.reasoning}>
                  <b>{signal.ticker}</b> <span class={`signal-${signal.signal.toLowerCase()}`}>{signal.signal}</span>{" "}
                  <span class="muted">{signal.confidence}%</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Recent predictions</h3>
        {scored.length === 0 ? (
          <p class="muted">No scored predictions yet.</p>
        ) : (
          <table class="table" data-testid="agent-card-signals">
            <thead>
              <tr>
                <th>Date</th>
                <th>Ticker</th>
                <th>Call</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {scored.map((signal, i) => (
                <tr key={`${signal.date}-${signal.ticker}-${i}`}>
                  <td>{signal.date}</td>
                  <td>{signal.ticker}</td>
                  <td class={`signal-${signal.signal}`}>{signal.signal}</td>
                  <td>{VERDICTS[String(signal.is_correct)]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </aside>
    </div>
  );
}
