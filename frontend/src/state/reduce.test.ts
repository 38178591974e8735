import { describe, expect, it } from "vitest";
import type { ServerMessage } from "../protocol";
import { EMPTY_DASHBOARD } from "./dashboard";
import { FEED_CAP } from "./feed";
import { reduce, reduceAll } from "./reduce";

// 2025-01-02 16:00 New York is 21:00 UTC.
const JAN2_CLOSE = Date.UTC(2025, 0, 2, 21);
const JAN1_CLOSE = JAN2_CLOSE - 86_400_000;

const snapshot: ServerMessage = {
  type: "initial_state",
  seq: 40,
  state: {
    status: "running",
    server_mode: "backtest",
    is_backtest: true,
    current_date: "2025-01-02",
    trading_days_total: 4,
    trading_days_completed: 1,
    feed_history: [
      { type: "agent_message", agentId: "technical_analyst", content: "second", ts: 2 },
      { type: "agent_message", agentId: "technical_analyst", content: "first", ts: 1 },
    ],
    portfolio: {
      total_value: 101000,
      cash: 50000,
      pnl_percent: 1,
      equity: [
        { t: JAN1_CLOSE, v: 100000 },
        { t: JAN2_CLOSE, v: 101000 },
      ],
      baseline: [
        { t: JAN1_CLOSE, v: 100000 },
        { t: JAN2_CLOSE, v: 100500 },
      ],
    },
    leaderboard: [{ agentId: "technical_analyst", name: "Tech", role: "Analyst", rank: 1, modelName: "gpt-4o", modelProvider: "OPENAI" }],
  },
};

describe("reduce", () => {
  it("takes the snapshot of initial_state with its feed oldest first and curves by date", () => {
    const state = reduce(EMPTY_DASHBOARD, snapshot);
    expect(state.lastSeq).toBe(40);
    expect(state.run.isBacktest).toBe(true);
    expect(state.progress).toBe(0.25);
    expect(state.feed.items.map((item) => (item.kind === "message" ? item.content : ""))).toEqual(["first", "second"]);
    expect(state.bubbles.technical_analyst.content).toBe("second");
    expect(state.curves.points).toEqual([
      { date: "2025-01-01", team: 100000, equalWeight: 100000, valueWeighted: undefined, momentum: undefined, benchmark: undefined },
      { date: "2025-01-02", team: 101000, equalWeight: 100500, valueWeighted: undefined, momentum: undefined, benchmark: undefined },
    ]);
    expect(state.team.find((m) => m.agentId === "technical_analyst")?.modelName).toBe("gpt-4o");
  });

  it("ignores a message older than the last seq applied but takes every message of one event", () => {
    const state = reduce(EMPTY_DASHBOARD, snapshot);
    const stale = { type: "agent_message", seq: 39, agentId: "risk_manager", content: "old" };
    const settled = { type: "day_settled", seq: 41, settlement: { date: "2025-01-03", nav: 102000, cash: 1 } };
    const holdings = { type: "team_holdings", seq: 41, data: [{ ticker: "CASH", quantity: 1, currentPrice: 1, marketValue: 1, weight: 1 }] };
    const after = reduceAll(state, [stale, settled, holdings]);
    expect(after.feed.items).toHaveLength(2);
    expect(after.bubbles.risk_manager).toBeUndefined();
    expect(after.curves.points).toHaveLength(3);
    expect(after.holdings).toHaveLength(1);
    expect(after.lastSeq).toBe(41);
  });

  it("replaces the trades with a full team_trades list and skips the incremental form", () => {
    const full = { type: "team_trades", mode: "full", data: [{ id: "t_20250102_AAPL_0", trading_date: "2025-01-02", side: "LONG", ticker: "AAPL", qty: 5, price: 150 }] };
    const incremental = { type: "team_trades", mode: "incremental", data: [{ ticker: "MSFT", action: "long", quantity: 3, price: 400 }] };
    const trades = reduceAll(EMPTY_DASHBOARD, [full, incremental]).trades;
    expect(trades.map((t) => t.id)).toEqual(["t_20250102_AAPL_0"]);
  });

  it("appends a settled day to the curves, replacing a day settled twice, and names the benchmark", () => {
    const state = reduce(EMPTY_DASHBOARD, snapshot);
    const settled = (nav: number, seq: number): ServerMessage => ({
      type: "day_settled",
      seq,
      settlement: { date: "2025-01-03", nav, cash: 1, baselines: { equal_weight: 100700, momentum: 99000, SPY: 100200 } },
    });
    const after = reduceAll(state, [settled(102000, 41), settled(102500, 42)]);
    expect(after.curves.points).toHaveLength(3);
    expect(after.curves.points[2]).toEqual({
      date: "2025-01-03",
      team: 102500,
      equalWeight: 100700,
      valueWeighted: undefined,
      momentum: 99000,
      benchmark: 100200,
    });
    expect(after.curves.benchmarkTicker).toBe("SPY");
    expect(after.portfolio.nav).toBe(102500);
  });

  it("groups a conference's messages by round and closes it at its end, even with other items between", () => {
    const messages: ServerMessage[] = [
      { type: "conference_start", title: "Morning", date: "2025-01-02" },
      { type: "conference_cycle_start", cycle: 1, totalCycles: 2 },
      { type: "conference_message", agentId: "technical_analyst", content: "a" },
      { type: "memory", agentId: "technical_analyst", content: "recalled" },
      { type: "conference_message", agentId: "valuation_analyst", content: "b" },
      { type: "conference_cycle_start", cycle: 2, totalCycles: 2 },
      { type: "conference_message", agentId: "portfolio_manager", content: "c" },
      { type: "conference_end" },
    ];
    const feed = reduceAll(EMPTY_DASHBOARD, messages).feed;
    const conference = feed.items[0];
    expect(conference.kind).toBe("conference");
    if (conference.kind !== "conference") return;
    expect(conference.open).toBe(false);
    expect(conference.rounds.map((round) => [round.cycle, round.messages.map((m) => m.content)])).toEqual([
      [1, ["a", "b"]],
      [2, ["c"]],
    ]);
    expect(feed.items[1].kind).toBe("memory");
  });

  it("adds each fill to the trades once, newest first, with the original's LONG/SHORT side", () => {
    const fill = (id: string, side: string) => ({
      type: "order_filled",
      fill: { fillId: id, session: "2025-01-02", ticker: "AAPL", side, quantity: 10, price: 150, commission: 1 },
    });
    const trades = reduceAll(EMPTY_DASHBOARD, [fill("f1", "BUY"), fill("f2", "SHORT"), fill("f1", "BUY")]).trades;
    expect(trades.map((t) => [t.id, t.side, t.action])).toEqual([
      ["f2", "SHORT", "SHORT"],
      ["f1", "LONG", "BUY"],
    ]);
  });

  it("counts model usage per agent and per session day", () => {
    const usage = (agentId: string, cost: number): ServerMessage => ({
      type: "model_usage",
      agentId,
      provider: "OPENAI",
      model: "gpt-4o-mini",
      inputTokens: 1000,
      outputTokens: 200,
      costUsd: cost,
    });
    const state = reduceAll(EMPTY_DASHBOARD, [
      { type: "day_start", date: "2025-01-02", progress: 0 },
      usage("risk_manager", 0.25),
      usage("risk_manager", 0.5),
      { type: "day_start", date: "2025-01-03", progress: 0.5 },
      usage("technical_analyst", 1),
    ]).usage;
    expect(state.total).toEqual({ calls: 3, inputTokens: 3000, outputTokens: 600, costUsd: 1.75 });
    expect(state.byAgent.risk_manager).toMatchObject({ calls: 2, costUsd: 0.75, model: "OPENAI/gpt-4o-mini" });
    expect(state.byDay["2025-01-02"].costUsd).toBe(0.75);
    expect(state.byDay["2025-01-03"].costUsd).toBe(1);
  });

  it("starts from empty when a new run starts, even if its seq numbers start again at 1", () => {
    const old = reduceAll(reduce(EMPTY_DASHBOARD, snapshot), [{ type: "run_started", seq: 41, runId: "r1", team: [] }]);
    const next = reduce(old, {
      type: "run_started",
      seq: 1,
      runId: "r2",
      mode: "mock",
      tickers: ["AAPL"],
      initialCash: 1000,
      resumed: false,
      team: [{ agentId: "portfolio_manager", name: "PM", role: "Portfolio Manager" }],
    });
    expect(next.run.runId).toBe("r2");
    expect(next.lastSeq).toBe(1);
    expect(next.curves.points).toEqual([]);
    expect(next.team.map((m) => m.agentId)).toEqual(["portfolio_manager"]);
    expect(next.run.isBacktest).toBe(true); // the gateway's mode, from initial_state, stays
  });

  it("records risk clamps with the session date and keeps the feed within its cap", () => {
    let state = reduce(EMPTY_DASHBOARD, { type: "day_start", date: "2025-01-02" });
    state = reduce(state, { type: "order_clamped", ticker: "NVDA", requested: 500, allowed: 120, code: "RISK_POSITION_LIMIT", reason: "limit" });
    expect(state.clamps[0]).toMatchObject({ ticker: "NVDA", allowed: 120, date: "2025-01-02" });
    const many = Array.from({ length: FEED_CAP + 10 }, (_, i) => ({ type: "system", content: `n${i}` }));
    const capped = reduceAll(state, many).feed.items;
    expect(capped).toHaveLength(FEED_CAP);
    expect(capped[capped.length - 1]).toMatchObject({ content: `n${FEED_CAP + 9}` });
  });
});
