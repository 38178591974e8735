/**
 * The gateway's REST API for run control, as frontend/README.md specifies it: list, start and stop
 * runs, replay a past run over the WebSocket, and read a run's curves and metrics for comparison.
 * Every call resolves to the parsed JSON body or rejects with the server's `error` text.
 */

export interface RunListing {
  id: string;
  mode: string;
  start: string;
  end: string;
  tickers?: string[];
  status: string;
  finalReturnPct?: number | null;
  startedAt?: string;
}

export interface ModelChoice {
  provider: string;
  model: string;
}

export interface RunRequest {
  mode: "mock" | "backtest";
  tickers: string[];
  start: string;
  end: string;
  cash: number;
  /** "default" for every agent, or an agent id for that agent alone. */
  models?: Record<string, ModelChoice>;
  budgetUsd?: number;
}

/** Curves as summary.json gives them: [{t: epoch ms, v}] per series. */
export interface RunEquity {
  id: string;
  curves: {
    equity: { t: number; v: number }[];
    baseline?: { t: number; v: number }[];
    baseline_vw?: { t: number; v: number }[];
    momentum?: { t: number; v: number }[];
    benchmark?: { t: number; v: number }[];
    benchmarkTicker?: string;
  };
  metrics: Record<string, number | null>;
}

async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: { error?: string } = {};
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    throw new Error(`${method} ${path} answered ${response.status} without JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok) {
    throw new Error(parsed.error ?? `${method} ${path} answered ${response.status}`);
  }
  return parsed as T;
}

export const runsApi = {
  list: () => call<RunListing[]>("GET", "/api/runs"),
  start: (request: RunRequest) => call<{ id: string }>("POST", "/api/runs", request),
  stop: (id: string) => call<{ id: string; status: string }>("POST", `/api/runs/${encodeURIComponent(id)}/stop`),
  equity: (id: string) => call<RunEquity>("GET", `/api/runs/${encodeURIComponent(id)}/equity`),
  replay: (id: string, speed: number) => call<{ id: string }>("POST", "/api/replay", { id, speed }),
};
