import type {
  AnalystSignal,
  Budget,
  Decision,
  HoldingRow,
  LeaderboardEntry,
  MarketStatus,
  Quote,
  RiskLimit,
  Settlement,
  Stats,
  TeamMember,
  TradeRow,
} from "../protocol";
import { NO_CURVES, type Curves } from "./curves";
import { NO_FEED, type Feed } from "./feed";
import { NO_USAGE, type Usage } from "./usage";

/** What the dashboard knows about the run it shows: the fold of every message received. */
export interface DashboardState {
  /** The seq of the last message applied; a message at or below it is a repeat and is ignored. */
  lastSeq: number;
  run: RunInfo;
  budget: Budget | null;
  currentDate: string | null;
  daysTotal: number;
  daysCompleted: number;
  progress: number;
  marketStatus: MarketStatus;
  prices: Record<string, Quote>;
  portfolio: { nav: number | null; cash: number | null; pnlPercent: number | null };
  curves: Curves;
  lastSettlement: Settlement | null;
  holdings: HoldingRow[];
  trades: TradeRow[];
  stats: Stats;
  leaderboard: LeaderboardEntry[];
  team: TeamMember[];
  bubbles: Record<string, Bubble>;
  signals: Record<string, AnalystSignal[]>;
  riskLimits: Record<string, RiskLimit>;
  decisions: Decision[];
  clamps: Clamp[];
  usage: Usage;
  feed: Feed;
}

export interface RunInfo {
  runId?: string;
  mode?: string;
  tickers: string[];
  start?: string;
  end?: string;
  initialCash?: number;
  status?: string;
  finishReason?: string;
  serverMode?: string;
  isBacktest: boolean;
  isMock: boolean;
}

/** An agent's latest words, shown in its speech bubble. */
export interface Bubble {
  content: string;
  ts?: number;
}

export interface Clamp {
  ticker: string;
  requested: number;
  allowed: number;
  code: string;
  reason: string;
  date: string | null;
}

/** The six seats of the trading room, in the original's order, before a run names its team. */
export const DEFAULT_TEAM: TeamMember[] = [
  { agentId: "fundamentals_analyst", name: "Fundamentals Analyst", role: "Analyst" },
  { agentId: "technical_analyst", name: "Technical Analyst", role: "Analyst" },
  { agentId: "sentiment_analyst", name: "Sentiment Analyst", role: "Analyst" },
  { agentId: "valuation_analyst", name: "Valuation Analyst", role: "Analyst" },
  { agentId: "risk_manager", name: "Risk Manager", role: "Risk Manager" },
  { agentId: "portfolio_manager", name: "Portfolio Manager", role: "Portfolio Manager" },
];

/** Trades kept for the trades table; the dashboard files send the newest 100. */
export const TRADES_CAP = 500;
export const CLAMPS_CAP = 200;

export const EMPTY_DASHBOARD: DashboardState = {
  lastSeq: 0,
  run: { tickers: [], isBacktest: false, isMock: false },
  budget: null,
  currentDate: null,
  daysTotal: 0,
  daysCompleted: 0,
  progress: 0,
  marketStatus: {},
  prices: {},
  portfolio: { nav: null, cash: null, pnlPercent: null },
  curves: NO_CURVES,
  lastSettlement: null,
  holdings: [],
  trades: [],
  stats: {},
  leaderboard: [],
  team: DEFAULT_TEAM,
  bubbles: {},
  signals: {},
  riskLimits: {},
  decisions: [],
  clamps: [],
  usage: NO_USAGE,
  feed: NO_FEED,
};
