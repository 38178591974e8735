import { useEffect, useState } from "preact/hooks";
import type { LinkStatus } from "../net/link";
import type { ServerMessage } from "../protocol";
import { EMPTY_DASHBOARD, type DashboardState } from "./dashboard";
import { reduce } from "./reduce";
import { markDay, type DayMark } from "./timeline";

/**
 * What the page shows: the newest state, the state at the end of each day seen (for the
 * scrubber), which day is being viewed (null for the newest), and the link's status.
 */
export interface View {
  live: DashboardState;
  timeline: DayMark[];
  viewing: number | null;
  link: LinkStatus;
}

const FLUSH_AT = 2000;

export const FIRST_VIEW: View = { live: EMPTY_DASHBOARD, timeline: [], viewing: null, link: "offline" };

/** Returns the view after `messages`; a different run's state starts a new timeline. */
export function advance(view: View, messages: ServerMessage[]): View {
  let { live, timeline, viewing } = view;
  for (const message of messages) {
    const before = live;
    live = reduce(live, message);
    const newRun = live.run.runId !== before.run.runId || live.lastSeq < before.lastSeq;
    if (newRun) {
      timeline = [];
      viewing = null;
    }
    if (message.type === "day_complete" && typeof message.date === "string" && live !== before) {
      timeline = markDay(timeline, message.date, live);
    }
  }
  return { ...view, live, timeline, viewing };
}

/** Returns the state the page shows: the viewed day's, or the newest. */
export function shown(view: View): DashboardState {
  return view.viewing === null ? view.live : (view.timeline[view.viewing]?.state ?? view.live);
}

/**
 * Holds the view and applies messages in batches, at most one render per animation frame, so a
 * catch-up of thousands of events costs a few renders.
 */
export class DashboardStore {
  private view: View = FIRST_VIEW;
  private pending: ServerMessage[] = [];
  private scheduled = false;
  private readonly listeners = new Set<(view: View) => void>();

  get current(): View {
    return this.view;
  }

  receive = (message: ServerMessage): void => {
    this.pending.push(message);
    if (this.pending.length >= FLUSH_AT) {
      this.flush(); // a hidden tab gets no animation frames: do not let messages pile up
    } else if (!this.scheduled) {
      this.scheduled = true;
      requestAnimationFrame(() => this.flush());
    }
  };

  setLink = (link: LinkStatus): void => this.publish({ ...this.view, link });

  /** Shows the end of day `index` of the timeline, or the newest state for null. */
  viewDay = (index: number | null): void => this.publish({ ...this.view, viewing: index });

  subscribe(listener: (view: View) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) {
      return;
    }
    const batch = this.pending;
    this.pending = [];
    this.publish(advance(this.view, batch));
  }

  private publish(view: View): void {
    this.view = view;
    this.listeners.forEach((listener) => listener(view));
  }
}

/** Returns the store's view, re-rendering the component when it changes. */
export function useView(store: DashboardStore): View {
  const [view, setView] = useState(store.current);
  useEffect(() => store.subscribe(setView), [store]);
  return view;
}
