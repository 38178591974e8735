// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders emphasis, lists and tables", () => {
    const html = renderMarkdown("**AAPL** bullish\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<strong>AAPL</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<td>1</td>");
  });

  it("drops scripts, event handlers, images and inline html a model may have written", () => {
    const html = renderMarkdown('hi <script>alert(1)</script><img src=x onerror="alert(2)"><b onclick="x()">bold</b><iframe src="https://e.vil"></iframe>');
    expect(html).not.toMatch(/script|onerror|onclick|<img|iframe|alert/);
    expect(html).toContain("<b>bold</b>");
  });

  it("keeps http links, opening them in a new tab without an opener, and drops javascript: links", () => {
    const html = renderMarkdown("[docs](https://example.org) and [bad](javascript:alert(1))");
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toContain("javascript:");
  });
});
