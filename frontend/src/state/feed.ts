import type { Decision, ServerMessage } from "../protocol";

/**
 * The feed as the dashboard shows it: agent messages, memory cards, day markers, day summaries,
 * risk clamps, decisions, and each conference as one item whose messages are grouped by round.
 * Only the newest FEED_CAP items are kept, so a run of thousands of events stays fast.
 */
export const FEED_CAP = 1500;

export interface Utterance {
  agentId: string;
  content: string;
  ts?: number;
}

export interface Round {
  cycle: number;
  messages: Utterance[];
}

export type FeedItem = { key: number; ts?: number } & (
  | { kind: "message"; agentId: string; content: string }
  | { kind: "memory"; agentId: string; content: string }
  | { kind: "system"; content: string }
  | { kind: "day"; phase: "start" | "complete"; date: string; progress: number }
  | { kind: "summary"; date: string; balance: number; pnlPct: number }
  | { kind: "conference"; title: string; date?: string; rounds: Round[]; open: boolean }
  | { kind: "clamp"; ticker: string; requested: number; allowed: number; code: string; reason: string }
  | { kind: "decisions"; decisions: Decision[] }
);

export interface Feed {
  items: FeedItem[];
  nextKey: number;
  /** The key of the conference still in progress, whose rounds grow; null between conferences. */
  openConference: number | null;
  cycle: number;
}

export const NO_FEED: Feed = { items: [], nextKey: 1, openConference: null, cycle: 1 };

type Body = FeedItem extends infer I ? (I extends FeedItem ? Omit<I, "key" | "ts"> : never) : never;

function push(feed: Feed, body: Body, ts?: number): Feed {
  const item = { ...body, key: feed.nextKey, ts } as FeedItem;
  const items = [...feed.items, item];
  return {
    ...feed,
    items: items.length > FEED_CAP ? items.slice(items.length - FEED_CAP) : items,
    nextKey: feed.nextKey + 1,
  };
}

type Conference = Extract<FeedItem, { kind: "conference" }>;

/** Returns the feed with the open conference replaced by `change` of it (other items may follow it). */
function withOpenConference(feed: Feed, change: (conference: Conference) => Conference): Feed {
  const index = feed.items.findLastIndex((item) => item.key === feed.openConference);
  const conference = feed.items[index];
  if (conference?.kind !== "conference") {
    return feed;
  }
  const items = [...feed.items];
  items[index] = change(conference);
  return { ...feed, items };
}

function addUtterance(rounds: Round[], cycle: number, utterance: Utterance): Round[] {
  const last = rounds[rounds.length - 1];
  if (last?.cycle === cycle) {
    return [...rounds.slice(0, -1), { cycle, messages: [...last.messages, utterance] }];
  }
  return [...rounds, { cycle, messages: [utterance] }];
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const number = (value: unknown) => (typeof value === "number" ? value : 0);

/** Returns the feed after `message`, unchanged when the feed does not show that type. */
export function addToFeed(feed: Feed, message: ServerMessage): Feed {
  const ts = typeof message.ts === "number" ? message.ts : undefined;
  const m = message;
  switch (m.type) {
    case "agent_message":
      return push(feed, { kind: "message", agentId: text(m.agentId), content: text(m.content) }, ts);
    case "memory":
      return push(feed, { kind: "memory", agentId: text(m.agentId), content: text(m.content) }, ts);
    case "system":
    case "error":
    case "day_error":
      return push(feed, { kind: "system", content: text(m.content) || text(m.message) || text(m.error) }, ts);
    case "day_start":
    case "day_complete":
      return push(
        feed,
        {
          kind: "day",
          phase: m.type === "day_start" ? "start" : "complete",
          date: text(m.date),
          progress: number(m.progress),
        },
        ts,
      );
    case "team_summary":
      return m.date
        ? push(feed, { kind: "summary", date: text(m.date), balance: number(m.balance), pnlPct: number(m.pnlPct) }, ts)
        : feed;
    case "conference_start":
      return {
        ...push(feed, { kind: "conference", title: text(m.title), date: text(m.date), rounds: [], open: true }, ts),
        openConference: feed.nextKey,
        cycle: 1,
      };
    case "conference_cycle_start":
      return { ...feed, cycle: number(m.cycle) || feed.cycle };
    case "conference_message": {
      const cycle = number(m.cycle) || feed.cycle;
      const utterance = { agentId: text(m.agentId), content: text(m.content), ts };
      return withOpenConference(feed, (conference) => ({
        ...conference,
        rounds: addUtterance(conference.rounds, cycle, utterance),
      }));
    }
    case "conference_end":
      return {
        ...withOpenConference(feed, (conference) => ({ ...conference, open: false })),
        openConference: null,
      };
    case "order_clamped":
      return push(
        feed,
        {
          kind: "clamp",
          ticker: text(m.ticker),
          requested: number(m.requested),
          allowed: number(m.allowed),
          code: text(m.code),
          reason: text(m.reason),
        },
        ts,
      );
    case "decisions":
      return push(feed, { kind: "decisions", decisions: (m.decisions as Decision[]) ?? [] }, ts);
    default:
      return feed;
  }
}
