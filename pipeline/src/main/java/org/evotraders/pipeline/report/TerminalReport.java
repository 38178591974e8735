package org.evotraders.pipeline.report;

import java.util.ArrayList;
import java.util.List;
import org.evotraders.pipeline.report.ReportTable.Kind;
import org.evotraders.pipeline.report.ReportTable.Row;

/**
 * The end-of-run report as plain text for the terminal: the run, a performance table of the team
 * against the baselines, the team's trading, the analyst leaderboard, model spending and where the
 * run folder and HTML report are. Columns are aligned with spaces, figures to the right.
 */
public final class TerminalReport {

  private static final String INDENT = "  ";
  private static final String GAP = "  ";

  private TerminalReport() {}

  /** Returns the report of {@code summary}, lines ending in '\n'. */
  public static String render(RunSummary summary) {
    StringBuilder out = new StringBuilder();
    table(out, ReportTables.overview(summary));
    out.append('\n');
    table(out, ReportTables.performance(summary));
    out.append(INDENT).append(ReportTables.conventions(summary)).append("\n\n");
    table(out, ReportTables.trading(summary));
    out.append('\n');
    table(out, ReportTables.leaderboard(summary));
    out.append('\n');
    table(out, ReportTables.spending(summary));
    out.append(INDENT).append(ReportTables.budget(summary.spending())).append("\n\n");
    out.append("Run folder   ").append(summary.runDirectory()).append('\n');
    out.append("HTML report  ").append(summary.reportFile()).append('\n');
    return out.toString();
  }

  private static void table(StringBuilder out, ReportTable table) {
    out.append(table.title()).append('\n');
    if (table.rows().isEmpty()) {
      out.append(INDENT).append("none\n");
      return;
    }
    List<List<String>> lines = new ArrayList<>();
    if (table.headers().stream().anyMatch(header -> !header.isEmpty())) {
      lines.add(table.headers());
    }
    int rule = -1;
    for (Row row : table.rows()) {
      if (row.kind() == Kind.TOTAL) {
        rule = lines.size();
      }
      List<String> cells = new ArrayList<>(row.cells());
      if (row.kind() == Kind.DETAIL) {
        cells.set(0, INDENT + cells.getFirst());
      }
      lines.add(cells);
    }
    int[] widths = widths(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (i == rule) {
        out.append(INDENT).append("-".repeat(lineWidth(widths))).append('\n');
      }
      out.append(line(table, lines.get(i), widths)).append('\n');
    }
  }

  private static String line(ReportTable table, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(INDENT);
    for (int column = 0; column < cells.size(); column++) {
      if (column > 0) {
        line.append(GAP);
      }
      String cell = cells.get(column);
      String padding = " ".repeat(widths[column] - cell.length());
      if (table.isFigureColumn(column)) {
        line.append(padding).append(cell);
      } else {
        line.append(cell).append(padding);
      }
    }
    return line.toString().stripTrailing();
  }

  private static int[] widths(List<List<String>> lines) {
    int[] widths = new int[lines.getFirst().size()];
    for (List<String> cells : lines) {
      for (int column = 0; column < cells.size(); column++) {
        widths[column] = Math.max(widths[column], cells.get(column).length());
      }
    }
    return widths;
  }

  private static int lineWidth(int[] widths) {
    int width = GAP.length() * (widths.length - 1);
    for (int columnWidth : widths) {
      width += columnWidth;
    }
    return width;
  }
}
