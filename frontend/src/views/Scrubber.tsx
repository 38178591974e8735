import type { DayMark } from "../state/timeline";

/**
 * The day scrubber: drag to see the dashboard as it stood at the end of any day seen so far
 * (a live run or a replay); "live" returns to the newest state.
 */
export function Scrubber({ timeline, viewing, onView }: {
  timeline: DayMark[];
  viewing: number | null;
  onView: (index: number | null) => void;
}) {
  if (timeline.length === 0) {
    return null;
  }
  const last = timeline.length - 1;
  const index = viewing ?? last;
  return (
    <div class={`scrubber ${viewing === null ? "" : "scrubbing"}`} data-testid="scrubber">
      <span>Day</span>
      <input
        type="range"
        min={0}
        max={last}
        value={index}
        id="replay-scrubber"
        data-testid="replay-scrubber"
        aria-label="day shown"
        onInput={(e) => {
          const picked = Number((e.target as HTMLInputElement).value);
          onView(viewing === null && picked === last ? null : picked);
        }}
      />
      <span data-testid="scrubber-date">{timeline[index].date}</span>
      {viewing === null ? (
        <span class="muted">live</span>
      ) : (
        <button type="button" data-testid="scrubber-live" onClick={() => onView(null)}>
          back to live
        </button>
      )}
    </div>
  );
}
