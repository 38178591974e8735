package org.evotraders.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evotraders.pipeline.runs.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  private static final String SVG_NAMESPACE = "xmlns=\"http://www.w3.org/2000/svg\"";
  private static final Pattern POLYLINE = Pattern.compile("<polyline[^>]*points=\"([^\"]*)\"");
  private static final int FIVE_THOUSAND_DAYS = 5_000;

  @TempDir Path runs;

  @Test
  void loadsNothingFromTheInternetAndRunsNoScript() {
    String html = HtmlReport.render(SampleRuns.generated(300));

    assertThat(html.replace(SVG_NAMESPACE, ""))
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("url(");
  }

  @Test
  void drawsOneSvgForEachOfTheEquityDrawdownAndExposureCharts() {
    String html = HtmlReport.render(SampleRuns.generated(300));

    assertThat(count(html, "<svg ")).isEqualTo(3);
    assertThat(count(html, "</svg>")).isEqualTo(3);
    // equity: the team and four baselines; drawdown: the team; exposure: gross, net, long, short
    assertThat(polylinePointCounts(html))
        .hasSize(5 + 1 + 4)
        .allSatisfy(n -> assertThat(n).isEqualTo(300));
  }

  @Test
  void capsEveryLineOfAFiveThousandDaySeriesAtAThousandPoints() {
    String html = HtmlReport.render(SampleRuns.generated(FIVE_THOUSAND_DAYS));

    assertThat(polylinePointCounts(html))
        .hasSize(10)
        .allSatisfy(
            n -> assertThat(n).isLessThanOrEqualTo(LineChart.MAX_POINTS).isGreaterThan(900));
    // ten lines of at most 1,000 points at about 12 characters each, plus tables and styles
    assertThat(html.length()).isLessThan(200_000);
  }

  @Test
  void escapesAMaliciousTickerAndAgentId() {
    RunSummary summary =
        SampleRuns.handBuilt("<script>alert(1)</script>", List.of("<script>", "A&B"));
    RunSummary hostile =
        new RunSummary(
            summary.runId(),
            summary.mode(),
            summary.tickers(),
            summary.start(),
            summary.end(),
            summary.initialCash(),
            summary.dataSource(),
            summary.team(),
            summary.baselines(),
            summary.snapshots(),
            List.of(
                new LeaderboardEntry(
                    "<img src=x onerror=alert(1)>", "\"role\"", 1, 1, 1, 1, 1, 0, 0)),
            new ModelSpending(
                List.of(new AgentSpending("<b>pm</b>", 1, 0, 1, 1, 0.01)),
                new RunConfig.Budget(null, null),
                false),
            0,
            0,
            summary.runDirectory());

    String html = HtmlReport.render(hostile);

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;script&gt;, A&amp;B")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&quot;role&quot;");
  }

  @Test
  void writesTheReportIntoTheRunFolder() throws Exception {
    RunSummary sample = SampleRuns.generated(60);
    RunSummary summary =
        new RunSummary(
            sample.runId(),
            sample.mode(),
            sample.tickers(),
            sample.start(),
            sample.end(),
            sample.initialCash(),
            sample.dataSource(),
            sample.team(),
            sample.baselines(),
            sample.snapshots(),
            sample.leaderboard(),
            sample.spending(),
            sample.clamps(),
            sample.trades(),
            runs.resolve(sample.runId()));

    Path written = HtmlReport.write(summary);

    assertThat(written).isEqualTo(runs.resolve("20240102_093000/report.html"));
    assertThat(Files.readString(written)).isEqualTo(HtmlReport.render(summary));
  }

  @Test
  void writesSamplesOfTwentyYearsAndOfThreeDaysToTheBuildOutputForAHumanToOpen() throws Exception {
    Path samples = buildOutput().resolve("report-samples");
    Files.createDirectories(samples);
    RunSummary twentyYears = SampleRuns.generated(FIVE_THOUSAND_DAYS);

    Files.writeString(samples.resolve("twenty-years.html"), HtmlReport.render(twentyYears));
    Files.writeString(samples.resolve("twenty-years.txt"), TerminalReport.render(twentyYears));
    Files.writeString(
        samples.resolve("three-days.html"), HtmlReport.render(SampleRuns.handBuilt()));

    assertThat(Files.readString(samples.resolve("twenty-years.html")))
        .startsWith("<!DOCTYPE html>")
        .endsWith("</html>\n");
  }

  /** Returns the build folder (target-NAME), the parent of the test classes. */
  private static Path buildOutput() throws URISyntaxException {
    return Path.of(HtmlReportTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent();
  }

  private static List<Integer> polylinePointCounts(String html) {
    List<Integer> counts = new ArrayList<>();
    Matcher matcher = POLYLINE.matcher(html);
    while (matcher.find()) {
      counts.add(matcher.group(1).split(" ").length);
    }
    return counts;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
