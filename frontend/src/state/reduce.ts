import type {
  AnalystSignal,
  Decision,
  Fill,
  HoldingRow,
  LeaderboardEntry,
  MarketStatus,
  Quote,
  RiskLimit,
  ServerMessage,
  Settlement,
  Stats,
  TeamMember,
  TradeRow,
  WireState,
} from "../protocol";
import { curvesFromWire, settle, NO_CURVES } from "./curves";
import { CLAMPS_CAP, DEFAULT_TEAM, EMPTY_DASHBOARD, TRADES_CAP, type DashboardState } from "./dashboard";
import { addToFeed, NO_FEED } from "./feed";
import { countCall, type ModelUsed } from "./usage";

/**
 * Folds one gateway message into the dashboard state, returning a new state (the old one is never
 * changed, so a day's state can be kept for the replay scrubber). Messages carry the seq of the
 * event they come from; one event may yield several messages with the same seq (a settlement's
 * day_settled and team_* messages), so only a seq below the last applied one is a stale repeat and
 * is ignored. `initial_state` replaces the state with the gateway's snapshot, and a new run's
 * `run_started` starts from empty.
 */
export function reduce(state: DashboardState, message: ServerMessage): DashboardState {
  if (message.type === "initial_state") {
    return fromSnapshot(state, message);
  }
  if (message.type === "run_started" && !message.resumed && message.runId !== state.run.runId) {
    state = freshRun(state);
  } else if (typeof message.seq === "number" && message.seq > 0) {
    if (message.seq < state.lastSeq) {
      return state;
    }
  }
  const next = apply(state, message);
  return typeof message.seq === "number" && message.seq > state.lastSeq
    ? { ...next, lastSeq: message.seq }
    : next;
}

/** Returns an empty state for a new run, keeping what describes the gateway rather than the run. */
function freshRun(state: DashboardState): DashboardState {
  const { serverMode, isBacktest, isMock } = state.run;
  return { ...EMPTY_DASHBOARD, marketStatus: state.marketStatus, run: { ...EMPTY_DASHBOARD.run, serverMode, isBacktest, isMock } };
}

/** Folds a list of messages, oldest first. */
export function reduceAll(state: DashboardState, messages: ServerMessage[]): DashboardState {
  return messages.reduce(reduce, state);
}

/**
 * Returns the state of an initial_state snapshot. What the snapshot does not carry (model usage,
 * signals, clamps, limits, the team's models) is kept when the snapshot continues the run shown.
 */
function fromSnapshot(state: DashboardState, message: ServerMessage): DashboardState {
  const snapshot = (message.state ?? {}) as WireState;
  const seq = typeof message.seq === "number" ? message.seq : 0;
  const sameRun = state.lastSeq > 0 && seq >= state.lastSeq;
  const kept = sameRun ? state : EMPTY_DASHBOARD;
  const history = [...(snapshot.feed_history ?? [])].reverse();
  const portfolio = snapshot.portfolio ?? {};
  return {
    ...kept,
    lastSeq: seq,
    run: {
      ...kept.run,
      status: snapshot.status,
      serverMode: snapshot.server_mode,
      isBacktest: snapshot.is_backtest ?? false,
      isMock: snapshot.is_mock_mode ?? false,
    },
    budget: snapshot.budget ?? kept.budget,
    currentDate: snapshot.current_date ?? null,
    daysTotal: snapshot.trading_days_total ?? 0,
    daysCompleted: snapshot.trading_days_completed ?? 0,
    progress: snapshot.trading_days_total
      ? (snapshot.trading_days_completed ?? 0) / snapshot.trading_days_total
      : 0,
    marketStatus: snapshot.market_status ?? {},
    prices: snapshot.realtime_prices ?? {},
    portfolio: {
      nav: portfolio.total_value ?? null,
      cash: portfolio.cash ?? null,
      pnlPercent: portfolio.pnl_percent ?? null,
    },
    curves: curvesFromWire(portfolio) ?? NO_CURVES,
    holdings: snapshot.holdings ?? [],
    trades: snapshot.trades ?? [],
    stats: snapshot.stats ?? {},
    leaderboard: snapshot.leaderboard ?? [],
    team: teamOf(kept.team, snapshot.leaderboard ?? []),
    bubbles: Object.fromEntries(
      history
        .filter((entry) => entry.type === "agent_message" || entry.type === "conference_message")
        .map((entry) => [entry.agentId as string, { content: entry.content as string, ts: entry.ts }]),
    ),
    feed: history.reduce(addToFeed, NO_FEED),
  };
}

/** Returns the team with names, roles and models from the leaderboard where it has them. */
function teamOf(team: TeamMember[], leaderboard: LeaderboardEntry[]): TeamMember[] {
  const known = new Map(team.map((member) => [member.agentId, member]));
  for (const entry of leaderboard) {
    const member = known.get(entry.agentId);
    known.set(entry.agentId, {
      agentId: entry.agentId,
      name: entry.name ?? member?.name ?? entry.agentId,
      role: entry.role ?? member?.role ?? "Analyst",
      modelProvider: entry.modelProvider ?? member?.modelProvider,
      modelName: entry.modelName ?? member?.modelName,
    });
  }
  return [...known.values()];
}

function apply(state: DashboardState, m: ServerMessage): DashboardState {
  const feed = addToFeed(state.feed, m);
  const s: DashboardState = feed === state.feed ? state : { ...state, feed };
  switch (m.type) {
    case "run_started":
      return {
        ...s,
        run: {
          ...s.run,
          runId: m.runId as string,
          mode: m.mode as string,
          tickers: (m.tickers as string[]) ?? [],
          start: m.start as string,
          end: m.end as string,
          initialCash: m.initialCash as number,
          status: "running",
        },
        budget: (m.budget as DashboardState["budget"]) ?? s.budget,
        team: (m.team as TeamMember[])?.length ? (m.team as TeamMember[]) : DEFAULT_TEAM,
      };
    case "run_finished":
      return { ...s, run: { ...s.run, status: m.status as string, finishReason: m.reason as string } };
    case "price_update":
      return { ...s, prices: pricesAfter(s.prices, m) };
    case "market_status_update":
      return { ...s, marketStatus: (m.market_status as MarketStatus) ?? s.marketStatus };
    case "day_start":
      return {
        ...s,
        currentDate: m.date as string,
        progress: (m.progress as number) ?? s.progress,
        daysTotal: (m.totalDays as number) ?? s.daysTotal,
      };
    case "day_complete":
      return { ...s, daysCompleted: s.daysCompleted + 1, progress: (m.progress as number) ?? s.progress };
    case "agent_message":
    case "conference_message":
      return { ...s, bubbles: { ...s.bubbles, [m.agentId as string]: { content: m.content as string, ts: m.ts } } };
    case "team_summary":
      return teamSummary(s, m);
    case "team_holdings":
      return { ...s, holdings: (m.data as HoldingRow[]) ?? s.holdings };
    case "team_stats":
      return { ...s, stats: (m.data as Stats) ?? s.stats };
    case "team_trades":
      return { ...s, trades: tradesAfter(s.trades, m) };
    case "team_leaderboard": {
      const leaderboard = (m.data as LeaderboardEntry[]) ?? s.leaderboard;
      return { ...s, leaderboard, team: teamOf(s.team, leaderboard) };
    }
    case "analyst_signals":
      return { ...s, signals: { ...s.signals, [m.agentId as string]: (m.signals as AnalystSignal[]) ?? [] } };
    case "risk_limits":
      return { ...s, riskLimits: (m.limits as Record<string, RiskLimit>) ?? {} };
    case "decisions":
      return { ...s, decisions: (m.decisions as Decision[]) ?? [] };
    case "order_clamped": {
      const clamp = {
        ticker: m.ticker as string,
        requested: m.requested as number,
        allowed: m.allowed as number,
        code: m.code as string,
        reason: m.reason as string,
        date: s.currentDate,
      };
      return { ...s, clamps: [clamp, ...s.clamps].slice(0, CLAMPS_CAP) };
    }
    case "order_filled":
      return { ...s, trades: withFill(s.trades, m.fill as Fill) };
    case "day_settled":
      return daySettled(s, m.settlement as Settlement);
    case "model_usage":
      return { ...s, usage: countCall(s.usage, m as unknown as ModelUsed, s.currentDate ?? "before the first day") };
    default:
      return s;
  }
}

function pricesAfter(prices: Record<string, Quote>, m: ServerMessage): Record<string, Quote> {
  if (m.realtime_prices) {
    return { ...prices, ...(m.realtime_prices as Record<string, Quote>) };
  }
  const symbol = m.symbol as string;
  return { ...prices, [symbol]: { ...prices[symbol], symbol, price: m.price as number, open: m.open as number, ret: m.ret as number } };
}

/** The original UI's reading: a full list replaces; the incremental form (the day's fills without ids) is skipped. */
function tradesAfter(trades: TradeRow[], m: ServerMessage): TradeRow[] {
  if (m.mode === "full" && Array.isArray(m.data)) {
    return m.data as TradeRow[];
  }
  if (m.mode === "incremental") {
    return trades;
  }
  const added = (m.trades ?? (m.trade ? [m.trade] : [])) as TradeRow[];
  return [...added, ...trades].slice(0, TRADES_CAP);
}

function withFill(trades: TradeRow[], fill: Fill | undefined): TradeRow[] {
  if (!fill || trades.some((trade) => trade.id === fill.fillId)) {
    return trades;
  }
  const row: TradeRow = {
    id: fill.fillId,
    trading_date: fill.session,
    side: fill.side === "BUY" || fill.side === "COVER" ? "LONG" : "SHORT",
    action: fill.side,
    ticker: fill.ticker,
    qty: fill.quantity,
    price: fill.price,
    commission: fill.commission,
  };
  return [row, ...trades].slice(0, TRADES_CAP);
}

function daySettled(s: DashboardState, settlement: Settlement | undefined): DashboardState {
  if (!settlement) {
    return s;
  }
  const initialCash = s.run.initialCash;
  return {
    ...s,
    curves: settle(s.curves, settlement),
    lastSettlement: settlement,
    portfolio: {
      nav: settlement.nav,
      cash: settlement.cash,
      pnlPercent: initialCash ? (settlement.nav / initialCash - 1) * 100 : s.portfolio.pnlPercent,
    },
  };
}

/** The original's end-of-day summary: whole curves, or (ours) the day's balance and baselines. */
function teamSummary(s: DashboardState, m: ServerMessage): DashboardState {
  const whole = curvesFromWire(m as never);
  const portfolio = {
    ...s.portfolio,
    nav: (m.balance as number) ?? s.portfolio.nav,
    pnlPercent: (m.pnlPct as number) ?? s.portfolio.pnlPercent,
  };
  if (whole) {
    return { ...s, curves: whole, portfolio };
  }
  if (typeof m.date === "string" && typeof m.balance === "number") {
    const settlement = { date: m.date, nav: m.balance, cash: s.portfolio.cash ?? 0, baselines: m.baselines as Record<string, number> };
    return { ...s, curves: settle(s.curves, settlement), portfolio };
  }
  return { ...s, portfolio };
}
