/**
 * Returns a short plain-text preview of an agent's markdown for a speech bubble: markup, inline
 * HTML and list bullets dropped, whitespace collapsed, cut at `max` characters on a word boundary with an ellipsis.
 */
export function preview(markdown: string, max = 180): string {
  const plain = (markdown ?? "")
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*`~]+/g, "")
    .replace(/[#>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= max) {
    return plain;
  }
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
