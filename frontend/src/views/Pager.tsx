import { useState } from "preact/hooks";

/** Splits `rows` into pages of `size`; returns the page shown and the controls to move between pages. */
export function usePage<T>(rows: T[], size: number, testId: string) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(page, pages - 1);
  const controls =
    pages > 1 ? (
      <div class="pager" data-testid={testId}>
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
          ‹ newer
        </button>
        <span>
          {current + 1} / {pages}
        </span>
        <button type="button" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
          older ›
        </button>
      </div>
    ) : null;
  return { rows: rows.slice(current * size, (current + 1) * size), controls };
}
