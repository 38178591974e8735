import DOMPurify from "dompurify";
import { Marked } from "marked";

/**
 * Renders an agent's markdown as safe HTML: marked parses it (GitHub style, single line breaks
 * kept), DOMPurify keeps only text formatting, tables and links (no scripts, event handlers,
 * images, frames, forms or styles), and every link opens in a new tab without handing it this
 * page. Agents' text comes from a model, so nothing in it is trusted.
 */
const parser = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED_TAGS = [
  "a", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
  "i", "li", "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
];

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

/** Returns the sanitised HTML of `markdown`. */
export function renderMarkdown(markdown: string): string {
  const html = parser.parse(markdown ?? "") as string;
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ["href", "title", "target", "rel"],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
}
