import type { DashboardState } from "./dashboard";

/**
 * The state at the end of each completed day, for the replay scrubber. States are immutable and
 * share their unchanged parts, so keeping one per day costs little.
 */
export interface DayMark {
  date: string;
  state: DashboardState;
}

export const TIMELINE_CAP = 5000;

/** Returns the timeline with `state` recorded as the end of `date` (a repeated date is replaced). */
export function markDay(timeline: DayMark[], date: string, state: DashboardState): DayMark[] {
  const kept = timeline.filter((mark) => mark.date < date);
  const marks = [...kept, { date, state }];
  return marks.length > TIMELINE_CAP ? marks.slice(marks.length - TIMELINE_CAP) : marks;
}
