import { preview } from "../feed/preview";
import type { DashboardState } from "../state/dashboard";
import { agentColour, agentInitials } from "./agents";
import { formatTime } from "./format";

/** The six seats of the team around the table, each with its latest words in a speech bubble. */
export function TradingRoom({ state, onPick }: { state: DashboardState; onPick: (agentId: string) => void }) {
  const ranks = new Map(state.leaderboard.map((entry) => [entry.agentId, entry.rank]));
  return (
    <section class="room" data-testid="trading-room">
      <div class="room-table">
        <div class="room-date">{state.currentDate ?? "waiting for the first day"}</div>
      </div>
      {state.team.map((member, seat) => {
        const bubble = state.bubbles[member.agentId];
        const rank = ranks.get(member.agentId);
        return (
          <button
            type="button"
            class={`seat seat-${seat}`}
            key={member.agentId}
            id={`agent-${member.agentId}`}
            data-testid={`agent-${member.agentId}`}
            onClick={() => onPick(member.agentId)}
          >
            <div class={`bubble ${bubble ? "" : "bubble-empty"}`} data-testid={`bubble-${member.agentId}`}>
              {bubble ? preview(bubble.content) : "…"}
              {bubble?.ts && <span class="bubble-time">{formatTime(bubble.ts)}</span>}
            </div>
            <div class="avatar" style={{ background: agentColour(member.agentId) }}>
              {agentInitials(member.agentId)}
            </div>
            <div class="seat-name">{member.name}</div>
            <div class="seat-model muted">
              {member.modelName ? `${member.modelProvider ?? ""} ${member.modelName}`.trim() : member.role}
              {rank ? ` · #${rank}` : ""}
            </div>
          </button>
        );
      })}
    </section>
  );
}
