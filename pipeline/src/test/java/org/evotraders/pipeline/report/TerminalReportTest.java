package org.evotraders.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalReportTest {

  private final String report = TerminalReport.render(SampleRuns.handBuilt());

  @Test
  void printsEachReturnUnderItsOwnStrategysColumn() {
    // figures chosen in SampleRuns.handBuilt, formatted with two decimals
    assertThat(cell("Total return", "Team")).isEqualTo("12.34%");
    assertThat(cell("Total return", "Equal weight")).isEqualTo("5.67%");
    assertThat(cell("Total return", "Value weighted")).isEqualTo("8.90%");
    assertThat(cell("Total return", "Momentum")).isEqualTo("-3.21%");
    assertThat(cell("Total return", "SPY")).isEqualTo("10.00%");
    assertThat(cell("Annual return", "Team")).isEqualTo("24.68%");
    assertThat(cell("Annual volatility", "Team")).isEqualTo("15.23%");
    assertThat(cell("Sharpe", "Team")).isEqualTo("1.87");
    assertThat(cell("Sharpe", "Value weighted")).isEqualTo("0.92");
    assertThat(cell("Sortino", "Team")).isEqualTo("2.41");
    assertThat(cell("Max drawdown", "Team")).isEqualTo("-8.09%");
    assertThat(cell("Calmar", "Team")).isEqualTo("3.05");
  }

  @Test
  void printsTheTeamsConfidenceIntervalsAndDrawdownDatesBelowTheirFigures() {
    assertThat(lineAfter("  Annual return")).startsWith("    95% CI").endsWith("1.23% .. 45.67%");
    assertThat(lineAfter("  Sharpe")).startsWith("    95% CI").contains("0.10 .. 2.00");
    assertThat(lineAfter("  Max drawdown")).startsWith("    peak").contains("2024-01-03");
    assertThat(cell("  trough", "SPY")).isEqualTo("2024-01-04");
  }

  @Test
  void printsAFigureCoreCouldNotComputeAsNotAvailable() {
    // the momentum baseline's Sharpe and Sortino are NaN; the sentiment analyst has no score yet
    assertThat(cell("Sharpe", "Momentum")).isEqualTo("n/a");
    assertThat(cell("Sortino", "Momentum")).isEqualTo("n/a");
    assertThat(lineStarting("  sentiment_analyst")).contains("n/a").doesNotContain("NaN");
    assertThat(report).doesNotContain("NaN");
  }

  @Test
  void printsTheTeamsTradingExposureAndClamps() {
    assertThat(lineStarting("  Trades executed")).endsWith(" 17");
    assertThat(lineStarting("  Closed trades")).endsWith(" 12");
    // 7 wins of 12 closed trades
    assertThat(lineStarting("  Win rate")).endsWith(" 58.33%");
    assertThat(lineStarting("  Profit factor")).endsWith(" 1.85");
    assertThat(lineStarting("  Average gross exposure")).endsWith(" 85.12%");
    assertThat(lineStarting("  Annual turnover")).endsWith(" 309.96%");
    assertThat(lineStarting("  Risk clamps")).endsWith(" 3");
  }

  @Test
  void printsTheLeaderboardAndTheSpendingWithItsTotal() {
    assertThat(lineStarting("  technical_analyst  technical"))
        .containsSubsequence("40", "26", "65.00%", "25", "17", "15", "9");
    // 10 + 5 calls, 2 + 1 cached, 12,000 + 8,000 and 3,400 + 1,600 tokens, $0.0123 + $0.0200
    assertThat(lineStarting("  total"))
        .containsSubsequence(" 15", " 3", " 20,000", " 5,000", " $0.0323");
    assertThat(report).contains("Budget $2.50 or 1,000,000 tokens: spent, it stopped the run");
  }

  @Test
  void endsWithTheRunFolderAndTheHtmlReportPath() {
    assertThat(report)
        .contains("Run folder   runs/20240102_093000\n")
        .endsWith("HTML report  runs/20240102_093000/report.html\n");
  }

  @Test
  void endsEveryPerformanceRowAtTheRightEdgeOfTheLastHeader() {
    int width =
        report
            .lines()
            .filter(line -> line.contains("Equal weight"))
            .findFirst()
            .orElseThrow()
            .length();
    for (String label : List.of("Total return", "Sharpe", "Max drawdown", "  trough", "Calmar")) {
      assertThat(lineStarting("  " + label)).hasSize(width);
    }
  }

  /**
   * Returns the figure in the row labelled {@code label} whose right edge meets {@code header}'s.
   */
  private String cell(String label, String header) {
    String headers =
        report.lines().filter(line -> line.contains("Equal weight")).findFirst().orElseThrow();
    int right = headers.indexOf(header) + header.length();
    String row = lineStarting("  " + label);
    String[] cells = row.substring(0, right).strip().split(" {2,}");
    return cells[cells.length - 1];
  }

  private String lineStarting(String prefix) {
    return report
        .lines()
        .filter(line -> line.startsWith(prefix + " ") || line.equals(prefix))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no line starts with '" + prefix + "' in\n" + report));
  }

  private String lineAfter(String prefix) {
    List<String> lines = report.lines().toList();
    return lines.get(lines.indexOf(lineStarting(prefix)) + 1);
  }
}
