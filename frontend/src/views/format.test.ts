import { describe, expect, it } from "vitest";
import { formatPercent } from "./format";

describe("formatPercent", () => {
  it("signs gains and losses", () => {
    expect(formatPercent(1.234)).toBe("+1.23%");
    expect(formatPercent(-0.5)).toBe("-0.50%");
  });

  it("writes a figure that rounds to zero without a sign", () => {
    expect(formatPercent(-0.004)).toBe("0.00%");
    expect(formatPercent(0.001, 1)).toBe("0.0%");
  });
});
