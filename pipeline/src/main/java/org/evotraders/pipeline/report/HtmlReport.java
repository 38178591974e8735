package org.evotraders.pipeline.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evotraders.core.metrics.PerformanceReport;
import org.evotraders.pipeline.report.ReportTable.Row;
import org.evotraders.pipeline.runs.AtomicFiles;

/**
 * The end-of-run report as one self-contained HTML file: headline figures, equity, drawdown and
 * exposure charts as inline SVG, and the tables of the terminal report. It loads nothing, neither
 * scripts nor fonts nor stylesheets, so that it opens offline and years later; all text is escaped.
 */
public final class HtmlReport {

  private static final String STYLE =
      """
      :root{--ink:#1d2330;--muted:#5b6270;--line:#e6e8ec;--bg:#f6f7f9;--card:#fff;--loss:#c0392b}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);\
      font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
      main{max-width:1040px;margin:0 auto;padding:32px 24px 48px}
      h1{font-size:24px;margin:0 0 4px}
      h2{font-size:16px;margin:0 0 4px}
      .meta,.note{color:var(--muted);margin:0 0 12px}
      section{background:var(--card);border:1px solid var(--line);border-radius:10px;\
      padding:20px 24px;margin-top:20px}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;\
      background:none;border:0;padding:0}
      .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
      .card span{display:block}
      .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
      .value{font-size:22px;font-weight:600;font-variant-numeric:tabular-nums}
      svg{display:block;width:100%;height:auto}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
      th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
      thead th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;\
      letter-spacing:.04em}
      tbody th{font-weight:500}
      .num{text-align:right}
      tr.detail th,tr.detail td{color:var(--muted);font-size:12px}
      tr.detail th{padding-left:24px;font-weight:400}
      tr.total th,tr.total td{font-weight:600;border-top:2px solid var(--ink)}
      .compact table{width:auto;min-width:360px}
      .neg{color:var(--loss)}
      footer{color:var(--muted);font-size:12px;margin-top:24px}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      """;

  private HtmlReport() {}

  /** Returns the report of {@code summary} as a complete HTML document. */
  public static String render(RunSummary summary) {
    PerformanceReport team = summary.team().performance();
    String runId = Markup.escape(summary.runId());
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>EvoTraders run ")
        .append(runId)
        .append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n")
        .append("<header>\n<h1>EvoTraders run ")
        .append(runId)
        .append("</h1>\n")
        .append("<p class=\"meta\">")
        .append(
            Markup.escape(
                "%s · %s · %s to %s · data %s"
                    .formatted(
                        summary.mode(),
                        String.join(", ", summary.tickers()),
                        summary.start(),
                        summary.end(),
                        summary.dataSource())))
        .append("</p>\n</header>\n<section class=\"cards\">\n");
    card(html, "Final NAV", Figures.money(team.finalValue()));
    card(html, "Total return", Figures.percent(team.totalReturn()));
    card(html, "Annual return", Figures.percent(team.annualReturn()));
    card(html, "Sharpe", Figures.ratio(team.sharpeRatio()));
    card(html, "Max drawdown", Figures.percent(team.maxDrawdown().depth()));
    card(html, "Model cost", Figures.usd(summary.spending().total().usd()));
    html.append("</section>\n");
    chart(
        html,
        "Equity",
        "Each line starts at the initial cash of " + Figures.money(summary.initialCash()) + ".",
        RunCharts.equity(summary));
    chart(
        html,
        "Drawdown",
        "Deepest fall %s, from %s to %s."
            .formatted(
                Figures.percent(team.maxDrawdown().depth()),
                Figures.date(team.maxDrawdown().peak()),
                Figures.date(team.maxDrawdown().trough())),
        RunCharts.drawdown(summary));
    chart(
        html,
        "Exposure",
        "Market value of long and short positions as a percentage of NAV.",
        RunCharts.exposure(summary));
    table(html, ReportTables.performance(summary), ReportTables.conventions(summary));
    table(html, ReportTables.trading(summary), "");
    table(html, ReportTables.leaderboard(summary), "");
    table(html, ReportTables.spending(summary), ReportTables.budget(summary.spending()));
    table(html, ReportTables.overview(summary), "");
    html.append("<footer>Run folder <code>")
        .append(Markup.escape(summary.runDirectory().toString()))
        .append("</code></footer>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * Writes the report to runs/&lt;run_id&gt;/report.html, replacing it atomically; returns that
   * path.
   */
  public static Path write(RunSummary summary) {
    AtomicFiles.write(summary.reportFile(), render(summary));
    return summary.reportFile();
  }

  private static void card(StringBuilder html, String label, String value) {
    html.append("<div class=\"card\"><span class=\"label\">")
        .append(label)
        .append("</span><span class=\"value")
        .append(negative(value) ? " neg" : "")
        .append("\">")
        .append(Markup.escape(value))
        .append("</span></div>\n");
  }

  private static void chart(StringBuilder html, String title, String note, LineChart chart) {
    html.append("<section>\n<h2>")
        .append(title)
        .append("</h2>\n<p class=\"note\">")
        .append(Markup.escape(note))
        .append("</p>\n")
        .append(chart.svg())
        .append("\n</section>\n");
  }

  private static void table(StringBuilder html, ReportTable table, String note) {
    // a label-and-value table stretched over the page would part labels from their figures
    html.append(
            table.headers().size() <= 2 ? "<section class=\"compact\">\n<h2>" : "<section>\n<h2>")
        .append(Markup.escape(table.title()))
        .append("</h2>\n");
    if (!note.isEmpty()) {
      html.append("<p class=\"note\">").append(Markup.escape(note)).append("</p>\n");
    }
    if (table.rows().isEmpty()) {
      html.append("<p class=\"note\">None.</p>\n</section>\n");
      return;
    }
    html.append("<div class=\"scroll\"><table>\n");
    if (table.headers().stream().anyMatch(header -> !header.isEmpty())) {
      html.append("<thead><tr>");
      List<String> headers = table.headers();
      for (int column = 0; column < headers.size(); column++) {
        html.append(table.isFigureColumn(column) ? "<th class=\"num\">" : "<th>")
            .append(Markup.escape(headers.get(column)))
            .append("</th>");
      }
      html.append("</tr></thead>\n");
    }
    html.append("<tbody>\n");
    for (Row row : table.rows()) {
      html.append("<tr class=\"").append(row.kind().name().toLowerCase(Locale.ROOT)).append("\">");
      for (int column = 0; column < row.cells().size(); column++) {
        String cell = row.cells().get(column);
        String tag = column == 0 ? "th" : "td";
        String classes =
            (table.isFigureColumn(column) ? "num" : "") + (negative(cell) ? " neg" : "");
        html.append('<')
            .append(tag)
            .append(column == 0 ? " scope=\"row\"" : "")
            .append(classes.isBlank() ? "" : " class=\"" + classes.strip() + "\"")
            .append('>')
            .append(Markup.escape(cell))
            .append("</")
            .append(tag)
            .append('>');
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** Returns whether a formatted figure is a loss, to be coloured as one. */
  private static boolean negative(String figure) {
    return figure.matches("-[$\\d].*");
  }
}
