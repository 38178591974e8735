// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { conferenceTitle } from "./FeedPanel";

describe("conferenceTitle", () => {
  it("adds the date to a title without it", () => {
    expect(conferenceTitle("Morning", "2025-01-02")).toBe("Morning 2025-01-02");
  });

  it("does not repeat a date the title already holds", () => {
    expect(conferenceTitle("Investment Discussion - 2024-01-10", "2024-01-10")).toBe("Investment Discussion - 2024-01-10");
  });

  it("names an untitled conference", () => {
    expect(conferenceTitle("", undefined)).toBe("Conference");
  });
});
