package org.evotraders.pipeline.report;

import java.util.List;

/**
 * A table of formatted cells that both reports print: the terminal aligns it in columns, the HTML
 * file turns it into a {@code <table>}. Its first {@code textColumns} columns hold names and are
 * aligned left; the rest hold figures and are aligned right.
 *
 * @param title the section heading
 * @param headers one heading per column; the first may be empty
 * @param textColumns how many leading columns hold text rather than figures
 * @param rows the body, each row with one cell per heading
 */
record ReportTable(String title, List<String> headers, int textColumns, List<Row> rows) {

  /** How a row reads: a figure, a detail of the figure above it, or a sum of the rows above. */
  enum Kind {
    FIGURE,
    DETAIL,
    TOTAL
  }

  /** One row of cells. */
  record Row(Kind kind, List<String> cells) {

    Row {
      cells = List.copyOf(cells);
    }

    static Row figure(String... cells) {
      return new Row(Kind.FIGURE, List.of(cells));
    }
  }

  ReportTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.cells().size() != headers.size()) {
        throw new IllegalArgumentException(
            "row %s of table %s has %d cells for %d columns"
                .formatted(row.cells(), title, row.cells().size(), headers.size()));
      }
    }
  }

  /** Returns whether column {@code column} holds figures, to be aligned right. */
  boolean isFigureColumn(int column) {
    return column >= textColumns;
  }
}
