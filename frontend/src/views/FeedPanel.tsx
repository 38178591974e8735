import { useState } from "preact/hooks";
import type { TeamMember } from "../protocol";
import type { FeedItem, Round } from "../state/feed";
import { agentColour, agentInitials, agentName } from "./agents";
import { formatMoney, formatPercent, formatTime, tone } from "./format";
import { Markdown } from "./Markdown";

const PAGE = 100;

function Speaker({ team, agentId, ts }: { team: TeamMember[]; agentId: string; ts?: number }) {
  return (
    <div class="speaker">
      <span class="avatar small" style={{ background: agentColour(agentId) }}>
        {agentInitials(agentId)}
      </span>
      <b>{agentName(team, agentId)}</b>
      <span class="muted">{formatTime(ts)}</span>
    </div>
  );
}

function RoundView({ team, round, open }: { team: TeamMember[]; round: Round; open: boolean }) {
  return (
    <details class="round" open={open} data-testid="conference-round">
      <summary>
        Round {round.cycle} · {round.messages.length} messages
      </summary>
      {round.messages.map((message, i) => (
        <div class="utterance" key={i}>
          <Speaker team={team} agentId={message.agentId} ts={message.ts} />
          <Markdown text={message.content} />
        </div>
      ))}
    </details>
  );
}

/** Returns a conference's title with its date, once: the team's titles often hold the date already. */
export function conferenceTitle(title: string, date: string | undefined): string {
  const named = title || "Conference";
  return date && !named.includes(date) ? `${named} ${date}` : named;
}

function ItemView({ item, team }: { item: FeedItem; team: TeamMember[] }) {
  switch (item.kind) {
    case "message":
      return (
        <article class="feed-item message" data-testid="feed-message" data-agent={item.agentId}>
          <Speaker team={team} agentId={item.agentId} ts={item.ts} />
          <Markdown text={item.content} />
        </article>
      );
    case "memory":
      return (
        <article class="feed-item memory" data-testid="feed-memory">
          <div class="tag">memory · {agentName(team, item.agentId)}</div>
          <Markdown text={item.content} />
        </article>
      );
    case "system":
      return <div class="feed-item system" data-testid="feed-system">{item.content}</div>;
    case "day":
      return (
        <div class="feed-item day" data-testid="feed-day">
          {item.phase === "start" ? "▶ Day" : "■ Day done"} {item.date}
        </div>
      );
    case "summary":
      return (
        <div class="feed-item summary" data-testid="feed-summary">
          {item.date}: NAV {formatMoney(item.balance)} <span class={tone(item.pnlPct)}>{formatPercent(item.pnlPct)}</span>
        </div>
      );
    case "conference":
      return (
        <details class="feed-item conference" open={item.open} data-testid="feed-conference">
          <summary>
            <span class="tag">conference</span> {conferenceTitle(item.title, item.date)} · {item.rounds.length} rounds
            {item.open ? " · in progress" : ""}
          </summary>
          {item.rounds.map((round, i) => (
            <RoundView key={round.cycle} team={team} round={round} open={i === item.rounds.length - 1} />
          ))}
        </details>
      );
    case "clamp":
      return (
        <div class="feed-item clamp" data-testid="feed-clamp" title={item.reason}>
          <div class="tag">risk clamp · {item.code}</div>
          <b>{item.ticker}</b>: {item.requested} asked, {item.allowed} allowed. <span class="muted">{item.reason}</span>
        </div>
      );
    case "decisions":
      return (
        <div class="feed-item decisions" data-testid="feed-decisions">
          <div class="tag">decisions</div>
          {item.decisions.map((d) => (
            <div key={d.ticker} title={d.reasoning}>
              <b>{d.ticker}</b> {d.action} {d.quantity}
              {d.quantity !== d.requested ? ` (asked ${d.requested})` : ""} <span class="muted">{d.confidence}%</span>
            </div>
          ))}
        </div>
      );
  }
}

/**
 * The team's feed, newest first. Only the newest 100 items are in the page until the reader asks
 * for older ones, so thousands of messages do not slow it down.
 */
export function FeedPanel({ items, team }: { items: FeedItem[]; team: TeamMember[] }) {
  const [shown, setShown] = useState(PAGE);
  const newestFirst = items.slice(Math.max(0, items.length - shown)).reverse();
  return (
    <aside class="feed" data-testid="feed">
      <h2>Feed</h2>
      {newestFirst.map((item) => (
        <ItemView key={item.key} item={item} team={team} />
      ))}
      {items.length === 0 && <p class="muted">Nothing yet: the team speaks when a day starts.</p>}
      {items.length > shown && (
        <button type="button" class="more" data-testid="feed-more" onClick={() => setShown(shown + PAGE)}>
          Show older ({items.length - shown} more)
        </button>
      )}
    </aside>
  );
}
