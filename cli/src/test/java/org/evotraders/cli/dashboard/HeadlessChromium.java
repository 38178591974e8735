package org.evotraders.cli.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both are named by path, so
 * Selenium Manager never looks for (or downloads) a browser or a driver. Chromium's DevTools
 * network log is kept, so a test can list every URL the page asked for, the WebSocket included.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> REQUESTS =
      Set.of("Network.requestWillBeSent", "Network.webSocketCreated");

  private final ChromeDriver driver;
  private final Set<String> requested = new LinkedHashSet<>();

  /**
   * Skips the calling tests when the browser or its driver is missing, naming what to install; on
   * CI (environment variable CI=true) their absence fails instead, since CI installs them.
   */
  static void requireInstalled() {
    List<Path> missing = Stream.of(BROWSER, DRIVER).filter(p -> !Files.isExecutable(p)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String reason =
        "the dashboard's browser tests need %s: apt-get install chromium chromium-driver"
            .formatted(missing);
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(reason + " (CI must run them: .ci/run installs both)");
    }
    Assumptions.abort(reason);
  }

  /** Starts the browser with its profile in {@code profile}, a window of 1400 by 1000. */
  HeadlessChromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption(
        "perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  void open(String url) {
    driver.get(url);
  }

  /** Returns the element whose data-testid is {@code testId}, waiting up to 20 s for it. */
  WebElement byTestId(String testId) {
    return until(d -> d.findElement(testId(testId)));
  }

  List<WebElement> allByTestId(String testId) {
    return driver.findElements(testId(testId));
  }

  static By testId(String testId) {
    return By.cssSelector("[data-testid='" + testId + "']");
  }

  /** Waits up to 20 s for {@code condition} to give a value other than null or false. */
  <T> T until(Function<WebDriver, T> condition) {
    return until(Duration.ofSeconds(20), condition);
  }

  <T> T until(Duration timeout, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
  }

  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Saves what the window shows as {@code folder/name.png} and returns its path. */
  Path screenshot(Path folder, String name) {
    try {
      Files.createDirectories(folder);
      return Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the screenshot " + name + " in " + folder, e);
    }
  }

  /** Returns every URL the page has asked for so far: documents, scripts, fetches, WebSockets. */
  Set<String> requestedUrls() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        if (REQUESTS.contains(message.path("method").asText())) {
          JsonNode params = message.path("params");
          requested.add(params.path("request").path("url").asText(params.path("url").asText()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the DevTools log holds a line that is not JSON", e);
      }
    }
    return Set.copyOf(requested);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
