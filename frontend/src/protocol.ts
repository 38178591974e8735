/**
 * The gateway's WebSocket messages as the dashboard reads them: the original EvoTraders protocol
 * (initial_state, agent_message, team_summary, ...) plus our additions (seq on every message,
 * run_started, day_settled, model_usage, ...). Field names are the wire names; everything the
 * dashboard does not need stays untyped.
 */

/** One point of a value curve: epoch milliseconds and value. */
export interface WirePoint {
  t: number;
  v: number;
}

export interface Quote {
  symbol: string;
  price: number;
  open?: number;
  high?: number;
  low?: number;
  previous_close?: number | null;
  ret?: number;
}

export interface MarketStatus {
  status?: string;
  status_text?: string;
  is_trading_day?: boolean;
  current_time?: string;
}

export interface HoldingRow {
  ticker: string;
  quantity: number;
  avg?: number;
  currentPrice: number;
  marketValue: number;
  weight: number;
}

export interface TradeRow {
  id: string;
  trading_date: string;
  side: string;
  action?: string;
  ticker: string;
  qty: number;
  price: number;
  commission?: number;
}

export interface Tally {
  n: number;
  win: number;
  unknown?: number;
}

export interface ScoredSignal {
  ticker: string;
  signal: "bull" | "bear" | "neutral";
  date: string;
  is_correct: boolean | null | "unknown";
}

export interface LeaderboardEntry {
  agentId: string;
  name?: string;
  role?: string;
  rank?: number | null;
  winRate?: number | null;
  bull?: Tally;
  bear?: Tally;
  signals?: ScoredSignal[];
  modelName?: string | null;
  modelProvider?: string | null;
}

export interface Stats {
  totalAssetValue?: number;
  totalReturn?: number;
  cashPosition?: number;
  marginUsed?: number;
  tickerWeights?: Record<string, number>;
  totalTrades?: number;
  winRate?: number;
  bullBear?: { bull: Tally; bear: Tally };
}

/** The curves of summary.json and of initial_state.state.portfolio. */
export interface WireCurves {
  equity?: WirePoint[];
  baseline?: WirePoint[];
  baseline_vw?: WirePoint[];
  momentum?: WirePoint[];
  benchmark?: WirePoint[];
  benchmarkTicker?: string;
}

export interface WireState {
  status?: string;
  server_mode?: string;
  is_mock_mode?: boolean;
  is_backtest?: boolean;
  feed_history?: ServerMessage[];
  current_date?: string | null;
  trading_days_total?: number;
  trading_days_completed?: number;
  holdings?: HoldingRow[];
  trades?: TradeRow[];
  stats?: Stats;
  leaderboard?: LeaderboardEntry[];
  portfolio?: WireCurves & { total_value?: number; cash?: number; pnl_percent?: number };
  realtime_prices?: Record<string, Quote>;
  market_status?: MarketStatus;
  budget?: Budget;
}

export interface Budget {
  maxUsd?: number | null;
  maxTokens?: number | null;
}

export interface TeamMember {
  agentId: string;
  name: string;
  role: string;
  modelProvider?: string | null;
  modelName?: string | null;
}

export interface AnalystSignal {
  agentId: string;
  ticker: string;
  signal: "BULLISH" | "BEARISH" | "NEUTRAL";
  confidence: number;
  reasoning?: string;
}

export interface RiskLimit {
  ticker: string;
  maxLongShares: number;
  maxShortShares: number;
  maxPositionValue?: number;
  remainingValue?: number;
  annualVolatility?: number;
}

export interface Decision {
  ticker: string;
  action: "LONG" | "SHORT" | "HOLD";
  requested: number;
  quantity: number;
  confidence: number;
  reasoning?: string;
}

export interface Fill {
  fillId: string;
  session: string;
  ticker: string;
  side: "BUY" | "SELL" | "SHORT" | "COVER";
  quantity: number;
  price: number;
  commission: number;
}

export interface Settlement {
  date: string;
  nav: number;
  cash: number;
  marginUsed?: number;
  longValue?: number;
  shortValue?: number;
  tradedNotional?: number;
  baselines?: Record<string, number>;
}

/** Any message from the gateway; `type` says which fields it has. */
export interface ServerMessage {
  type: string;
  seq?: number;
  ts?: number;
  timestamp?: string | number;
  [field: string]: unknown;
}
