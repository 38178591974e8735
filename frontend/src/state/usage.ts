/** Tokens and dollars spent on model calls, per agent, per day and in all. */
export interface UsageTotals {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface Usage {
  total: UsageTotals;
  byAgent: Record<string, UsageTotals & { model?: string }>;
  byDay: Record<string, UsageTotals>;
}

export interface ModelUsed {
  agentId: string;
  provider?: string;
  model?: string;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export const NO_USAGE: Usage = {
  total: { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 },
  byAgent: {},
  byDay: {},
};

function add(totals: UsageTotals | undefined, call: ModelUsed): UsageTotals {
  return {
    calls: (totals?.calls ?? 0) + 1,
    inputTokens: (totals?.inputTokens ?? 0) + (call.inputTokens ?? 0),
    outputTokens: (totals?.outputTokens ?? 0) + (call.outputTokens ?? 0),
    costUsd: (totals?.costUsd ?? 0) + (call.costUsd ?? 0),
  };
}

/** Returns the usage with one model call counted on its agent and on the session `day`. */
export function countCall(usage: Usage, call: ModelUsed, day: string): Usage {
  const model = call.model ? `${call.provider ?? "?"}/${call.model}` : undefined;
  return {
    total: add(usage.total, call),
    byAgent: {
      ...usage.byAgent,
      [call.agentId]: { ...add(usage.byAgent[call.agentId], call), model },
    },
    byDay: { ...usage.byDay, [day]: add(usage.byDay[day], call) },
  };
}
