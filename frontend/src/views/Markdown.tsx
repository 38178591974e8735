import { useMemo } from "preact/hooks";
import { renderMarkdown } from "../feed/markdown";

/** An agent's markdown, sanitised before it reaches the page. */
export function Markdown({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div class="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
