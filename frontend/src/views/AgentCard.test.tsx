// @vitest-environment jsdom
import { render } from "preact";
import { describe, expect, it } from "vitest";
import { EMPTY_DASHBOARD } from "../state/dashboard";
import { reduceAll } from "../state/reduce";
import { AgentCard } from "./AgentCard";

describe("AgentCard", () => {
  it("shows the agent's model, rank, win rate and whether its predictions were right", () => {
    const state = reduceAll(EMPTY_DASHBOARD, [
      {
        type: "team_leaderboard",
        data: [
          {
            agentId: "technical_analyst",
            name: "Technical Analyst",
            role: "Analyst",
            rank: 2,
            winRate: 0.625,
            bull: { n: 4, win: 3 },
            bear: { n: 4, win: 2 },
            signals: [{ ticker: "AAPL", signal: "bull", date: "2025-01-02", is_correct: false }],
            modelName: "gpt-4o-mini",
            modelProvider: "OPENAI",
          },
        ],
      },
    ]);
    const host = document.createElement("div");
    render(<AgentCard state={state} agentId="technical_analyst" onClose={() => {}} />, host);
    const text = (id: string) => host.querySelector(`[data-testid=${id}]`)?.textContent;
    expect(text("agent-card-model")).toBe("OPENAI gpt-4o-mini");
    expect(text("agent-card-rank")).toBe("#2");
    expect(text("agent-card-winrate")).toBe("62.5%");
    expect(text("agent-card-signals")).toContain("✗ wrong");
  });

  it("says a neutral call is not scored rather than pending", () => {
    const state = reduceAll(EMPTY_DASHBOARD, [
      {
        type: "team_leaderboard",
        data: [
          {
            agentId: "technical_analyst",
            name: "Technical Analyst",
            role: "Analyst",
            signals: [{ ticker: "MSFT", signal: "neutral", date: "2025-01-02", is_correct: null }],
          },
        ],
      },
    ]);
    const host = document.createElement("div");
    render(<AgentCard state={state} agentId="technical_analyst" onClose={() => {}} />, host);
    const result = host.querySelector("[data-testid=agent-card-signals] tbody td:last-child")?.textContent;
    expect(result).toBe("not scored");
  });
});
