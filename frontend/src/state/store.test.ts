import { describe, expect, it } from "vitest";
import { advance, FIRST_VIEW, shown } from "./store";

describe("advance", () => {
  it("marks the end of each completed day for the scrubber and shows the viewed day", () => {
    const view = advance(FIRST_VIEW, [
      { type: "run_started", seq: 1, runId: "r1", team: [] },
      { type: "day_start", seq: 2, date: "2025-01-02" },
      { type: "day_complete", seq: 3, date: "2025-01-02" },
      { type: "day_start", seq: 4, date: "2025-01-03" },
      { type: "day_complete", seq: 5, date: "2025-01-03" },
    ]);
    expect(view.timeline.map((mark) => mark.date)).toEqual(["2025-01-02", "2025-01-03"]);
    expect(shown({ ...view, viewing: 0 }).currentDate).toBe("2025-01-02");
    expect(shown(view).lastSeq).toBe(5);
  });

  it("starts a new timeline when another run starts", () => {
    const first = advance(FIRST_VIEW, [
      { type: "run_started", seq: 1, runId: "r1", team: [] },
      { type: "day_complete", seq: 2, date: "2025-01-02" },
    ]);
    const second = advance({ ...first, viewing: 0 }, [{ type: "run_started", seq: 1, runId: "r2", team: [] }]);
    expect(second.timeline).toEqual([]);
    expect(second.viewing).toBeNull();
  });
});
