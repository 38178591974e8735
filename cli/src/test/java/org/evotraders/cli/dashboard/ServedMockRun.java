package org.evotraders.cli.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.evotraders.cli.Main;
import org.junit.jupiter.api.Assumptions;

/**
 * {@code evotraders standalone} run in this JVM on a thread: the gateway with the dashboard on a
 * free port of 127.0.0.1 and a mock run on the synthetic market with the offline model and no
 * memory, paced so a viewer sees each day arrive. The command serves until the JVM exits (it has no
 * stop but Ctrl-C), so {@link #close()} only ends the thread that waits on it.
 */
final class ServedMockRun implements AutoCloseable {

  /** The variables that would give the team a remote model in place of the offline one. */
  private static final List<String> MODEL_VARIABLES = List.of("MODEL_PROVIDER", "OPENAI_API_KEY");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final int port = freePort();
  private final AtomicInteger exitCode = new AtomicInteger(-1);
  private final Thread command;

  /**
   * Starts the command with its runs and data under {@code root}, waiting until it answers.
   *
   * @param paceSeconds wall-clock seconds after each simulated day
   */
  ServedMockRun(
      Path root, List<String> tickers, LocalDate start, LocalDate end, double paceSeconds) {
    requireOfflineModel();
    String[] args = {
      "standalone",
      "--mode=mock",
      "--host=127.0.0.1",
      "--port=" + port,
      "--pace=" + paceSeconds,
      "--tickers=" + String.join(",", tickers),
      "--start=" + start,
      "--end=" + end,
      "--no-memory",
      "--runs-dir=" + root.resolve("runs"),
      "--data-dir=" + root.resolve("data")
    };
    command =
        Thread.ofPlatform()
            .daemon()
            .name("evotraders-standalone")
            .start(() -> exitCode.set(Main.run(args)));
    awaitAnswer(Duration.ofSeconds(30));
  }

  /** Returns the dashboard's address, http://127.0.0.1:port/. */
  String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  /**
   * Returns the team's NAV at the close of {@code session} in run {@code runId}, as GET
   * /api/runs/{id}/equity gives it.
   */
  double equityOn(String runId, LocalDate session) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url() + "api/runs/" + runId + "/equity"))
            .timeout(Duration.ofSeconds(5))
            .build();
    JsonNode equity;
    try {
      String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      equity = JSON.readTree(body).path("curves").path("equity");
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during GET " + request.uri(), e);
    }
    for (JsonNode point : equity) {
      if (Instant.ofEpochMilli(point.path("t").asLong())
          .atZone(ZoneOffset.UTC)
          .toLocalDate()
          .equals(session)) {
        return point.path("v").asDouble();
      }
    }
    throw new AssertionError(
        "run %s has no equity point on %s: %s".formatted(runId, session, equity));
  }

  /**
   * The command reads the process's environment, so a remote model configured there would make the
   * team call it: the tests are skipped then, naming the variable.
   */
  private static void requireOfflineModel() {
    Stream<String> agentProviders =
        System.getenv().keySet().stream().filter(k -> k.matches("AGENT_.+_MODEL_PROVIDER"));
    List<String> set =
        Stream.concat(MODEL_VARIABLES.stream(), agentProviders)
            .filter(k -> System.getenv(k) != null)
            .toList();
    Assumptions.assumeTrue(
        set.isEmpty(),
        () -> "the dashboard's browser tests run the offline model; unset " + set + " to run them");
  }

  private void awaitAnswer(Duration timeout) {
    HttpRequest runs =
        HttpRequest.newBuilder(URI.create(url() + "api/runs"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!command.isAlive()) {
        throw new IllegalStateException(
            "evotraders standalone ended with exit code %d before serving (its error is printed above)"
                .formatted(exitCode.get()));
      }
      try {
        if (http.send(runs, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the gateway is not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the gateway", e);
      }
      pause();
    }
    throw new IllegalStateException(
        "evotraders standalone did not answer GET /api/runs on port %d within %s"
            .formatted(port, timeout));
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on the loopback interface", e);
    }
  }

  @Override
  public void close() {
    command.interrupt();
  }
}
