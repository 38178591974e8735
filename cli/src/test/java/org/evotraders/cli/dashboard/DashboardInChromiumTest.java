package org.evotraders.cli.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.cli.dashboard.HeadlessChromium.testId;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in real headless Chromium against {@code evotraders standalone} in this JVM: a
 * paced mock run of AAPL, MSFT and NVDA from 2024-01-02 to 2024-01-10 (seven sessions). The tests
 * share the run and the page and go in order: the live run first, then the finished run's replay,
 * then the network check over everything the page did. Each view is saved as a PNG in the build
 * folder's e2e-screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardInChromiumTest {

  private static final List<String> TICKERS = List.of("AAPL", "MSFT", "NVDA");
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 2);
  private static final LocalDate LAST = LocalDate.of(2024, 1, 10);

  /** 2024-01-02 to 01-05 and 01-08 to 01-10: New Year's Day is before, no holiday within. */
  private static final List<String> SESSIONS =
      List.of(
          "2024-01-02",
          "2024-01-03",
          "2024-01-04",
          "2024-01-05",
          "2024-01-08",
          "2024-01-09",
          "2024-01-10");

  private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");

  private HeadlessChromium browser;
  private ServedMockRun served;
  private Path screenshots;

  @BeforeAll
  void startTheBrowserThenTheRunAndOpenThePage(@TempDir Path root) {
    HeadlessChromium.requireInstalled();
    screenshots = screenshotFolder();
    browser = new HeadlessChromium(root.resolve("chromium-profile"));
    served = new ServedMockRun(root, TICKERS, FIRST, LAST, 1.0);
    browser.open(served.url());
  }

  @AfterAll
  void closeTheBrowserAndTheRun() {
    if (browser != null) {
      browser.close();
    }
    if (served != null) {
      served.close();
    }
  }

  @Test
  @Order(1)
  void theLiveRunReachesThePageAsItHappens() {
    browser.until(d -> "live".equals(attribute("connection-status", "data-state")));
    // the page joined a running run: it knows the mode from the snapshot alone
    assertThat(browser.byTestId("run-info").findElement(By.className("chip")).getText())
        .isEqualToIgnoringCase("mock");
    String words =
        browser.until(
            d ->
                d
                    .findElements(By.cssSelector("[data-testid^='bubble-']:not(.bubble-empty)"))
                    .stream()
                    .map(WebElement::getText)
                    .filter(text -> text.length() > 10)
                    .findFirst()
                    .orElse(null));
    assertThat(words).doesNotStartWith("…");
    browser.screenshot(screenshots, "01-trading-room");

    browser.byTestId("tab-performance").click();
    int seen = browser.until(d -> chartPoints() > 0 ? chartPoints() : null);
    int grown =
        browser.until(Duration.ofSeconds(30), d -> chartPoints() > seen ? chartPoints() : null);
    assertThat(grown).isGreaterThan(seen).isLessThanOrEqualTo(SESSIONS.size());
    browser.screenshot(screenshots, "03-performance");

    browser.byTestId("tab-statistics").click();
    WebElement trade = browser.byTestId("trade-row");
    assertThat(trade.getText()).containsAnyOf(TICKERS.toArray(String[]::new));
    assertThat(trade.getText()).containsAnyOf(SESSIONS.toArray(String[]::new));
    browser.screenshot(screenshots, "04-statistics");
  }

  @Test
  @Order(2)
  void clickingAnAgentOpensItsCardWithRoleModelAndWinRateUntilClosed() {
    browser.byTestId("tab-room").click();
    browser.byTestId("agent-technical_analyst").click();

    WebElement card = browser.byTestId("agent-card");
    assertThat(card.getDomAttribute("data-agent")).isEqualTo("technical_analyst");
    assertThat(card.findElement(By.cssSelector(".card-head h2")).getText())
        .isEqualTo("Technical Analyst");
    assertThat(card.findElement(By.cssSelector(".card-head .muted")).getText())
        .containsIgnoringCase("analyst");
    assertThat(browser.byTestId("agent-card-model").getText()).contains("offline");
    // a win rate needs a scored prediction: a day's signals are judged on the next day's prices
    String winRate =
        browser.until(
            d -> {
              String shown = browser.byTestId("agent-card-winrate").getText();
              return shown.matches("\\d{1,3}\\.\\d%") ? shown : null;
            });
    assertThat(Double.parseDouble(winRate.replace("%", ""))).isBetween(0.0, 100.0);
    browser.screenshot(screenshots, "02-agent-card");

    browser.byTestId("agent-card-close").click();
    browser.until(d -> browser.allByTestId("agent-card").isEmpty());
  }

  @Test
  @Order(3)
  void theFeedShowsAConferenceRoundByRound() {
    WebElement conference = browser.byTestId("feed-conference");
    if (conference.getDomAttribute("open") == null) {
      conference.findElement(By.tagName("summary")).click();
    }
    List<WebElement> rounds = conference.findElements(testId("conference-round"));
    assertThat(rounds).isNotEmpty();
    WebElement lastRound = rounds.getLast();
    assertThat(lastRound.getDomAttribute("open")).isNotNull();
    assertThat(lastRound.findElements(By.cssSelector(".utterance"))).isNotEmpty();
    browser.script("arguments[0].scrollIntoView({block: 'start'})", conference);
    browser.screenshot(screenshots, "05-feed-conference");
  }

  @Test
  @Order(4)
  void theCostsTabShowsTheOfflineModelSpentNothingWithoutABudget() {
    browser.byTestId("tab-costs").click();
    // the offline model's rules are no model calls: nothing spent, and the run has no budget
    assertThat(browser.byTestId("cost-total").getText()).isEqualTo("$0.0000");
    assertThat(browser.byTestId("budget-left").getText()).isEqualTo("no budget set");
    browser.screenshot(screenshots, "06-costs");
  }

  @Test
  @Order(5)
  void aFinishedRunReplaysAndTheScrubberShowsTheChosenDay() {
    browser.byTestId("tab-runs").click();
    WebElement replay =
        browser.until(
            Duration.ofSeconds(45),
            d -> {
              browser.byTestId("runs-refresh").click();
              return d.findElements(testId("run-replay")).stream().findFirst().orElse(null);
            });
    String runId = browser.byTestId("run-row").getDomAttribute("data-run-id");
    WebElement speed = browser.byTestId("replay-speed");
    speed.clear();
    speed.sendKeys("0");
    replay.click();
    browser.until(d -> browser.byTestId("runs-notice").getText().equals("Replaying " + runId));
    WebElement scrubber =
        browser.until(
            d -> {
              WebElement range = browser.byTestId("replay-scrubber");
              return String.valueOf(SESSIONS.size() - 1).equals(range.getDomProperty("max"))
                  ? range
                  : null;
            });
    assertThat(browser.byTestId("scrubber-date").getText()).isEqualTo(SESSIONS.getLast());

    scrubber.sendKeys(Keys.HOME, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);

    String third = SESSIONS.get(2);
    browser.until(d -> third.equals(browser.byTestId("scrubber-date").getText()));
    assertThat(browser.byTestId("current-date").getText()).isEqualTo(third);
    assertThat(browser.byTestId("header-nav").getText())
        .as("the NAV the run's equity curve has for %s", third)
        .contains(dollars(served.equityOn(runId, LocalDate.parse(third))));
    browser.screenshot(screenshots, "07-runs-replay");

    browser.byTestId("tab-performance").click();
    // the curve starts with the initial cash on the session before the first, then one per day
    assertThat(chartPoints()).isEqualTo(1 + 3);
    browser.screenshot(screenshots, "08-replay-performance");

    browser.byTestId("tab-statistics").click();
    List<String> trades =
        browser.allByTestId("trade-row").stream().map(WebElement::getText).toList();
    assertThat(trades)
        .allSatisfy(row -> assertThat(row.substring(0, 10)).isLessThanOrEqualTo(third));
    // a position held at the end of the day was opened by a trade shown up to that day
    assertThat(browser.allByTestId("holding-row").stream().map(row -> row.getText().split(" ")[0]))
        .contains("CASH")
        .allSatisfy(
            ticker ->
                assertThat(
                        ticker.equals("CASH") || trades.stream().anyMatch(t -> t.contains(ticker)))
                    .as("%s is held after a trade in it", ticker)
                    .isTrue());
    browser.screenshot(screenshots, "09-replay-statistics");
  }

  @Test
  @Order(6)
  void noRequestOfThePageLeavesThisMachine() {
    @SuppressWarnings("unchecked")
    List<String> timed =
        (List<String>)
            browser.script(
                "return performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource')).map(entry => entry.name)");
    Set<String> requested = browser.requestedUrls();
    String websocket = served.url().replace("http:", "ws:");

    assertThat(requested)
        .as("the page, its API calls and its WebSocket were seen")
        .contains(served.url())
        .anySatisfy(url -> assertThat(url).startsWith(websocket))
        .anySatisfy(url -> assertThat(url).endsWith("/api/runs"));
    // chrome:, data: and the like never reach a network; every other URL names this machine
    assertThat(Stream.concat(requested.stream(), timed.stream()).map(URI::create))
        .filteredOn(url -> NETWORK_SCHEMES.contains(url.getScheme()))
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url.getHost()).as(url.toString()).isEqualTo("127.0.0.1"));
  }

  /** Writes dollars as the dashboard does: $99,865.87. */
  private static String dollars(double value) {
    return NumberFormat.getCurrencyInstance(Locale.US).format(value);
  }

  private String attribute(String testId, String name) {
    return browser.byTestId(testId).getDomAttribute(name);
  }

  /** Returns the equity chart's number of days, 0 while it has none. */
  private int chartPoints() {
    return browser.allByTestId("equity-chart").stream()
        .findFirst()
        .map(chart -> Integer.parseInt(chart.getDomAttribute("data-points")))
        .orElse(0);
  }

  /** Returns {build folder}/e2e-screenshots, the build folder being test-classes' parent. */
  private static Path screenshotFolder() {
    try {
      Path testClasses =
          Path.of(
              DashboardInChromiumTest.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      return testClasses.getParent().resolve("e2e-screenshots");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the test classes' location is not a path", e);
    }
  }
}
