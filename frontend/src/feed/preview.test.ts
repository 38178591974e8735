import { describe, expect, it } from "vitest";
import { preview } from "./preview";

describe("preview", () => {
  it("drops markup and keeps link text", () => {
    expect(preview("## Call\n**AAPL**: see [news](https://x.org)")).toBe("Call AAPL: see news");
  });

  it("drops inline html, scripts and list bullets", () => {
    expect(preview("Buy:\n- AAPL <script>alert(1)</script>\n2. MSFT <b>now</b>")).toBe("Buy: AAPL MSFT now");
  });

  it("cuts long text on a word boundary with an ellipsis", () => {
    expect(preview("alpha beta gamma delta", 14)).toBe("alpha beta…");
  });
});
