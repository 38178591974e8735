import { describe, expect, it } from "vitest";
import { preview } from "./preview";

describe("preview", () => {
  it("drops markup and keeps link text", () => {
    expect(preview("## Call\n**AAPL**: see [news](https://x.org)")).toBe("Call AAPL: see news");
  });

  it("cuts long text on a word boundary with an ellipsis", () => {
    expect(preview("alpha beta gamma delta", 14)).toBe("alpha beta…");
  });
});
