package org.evotraders.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evotraders.gateway.Gateway;
import org.evotraders.gateway.GatewayConfig;
import org.evotraders.gateway.feed.RunReplay;
import org.evotraders.pipeline.runs.RunDirectory;
import picocli.CommandLine.Command;

/**
 * Walks the program's start paths once so that the JVM can record them in an AOT cache (JEP 483,
 * 514, 515): a four-day offline backtest of two tickers on the synthetic market, then its replay
 * through the gateway to one WebSocket client, all in a temporary folder that is deleted after. The
 * {@code evotraders} launcher runs it under {@code -XX:AOTCacheOutput} once per build; it is not a
 * user's command, so it is hidden from the help.
 */
@Command(
    name = "aot-training",
    hidden = true,
    description = "Exercise the start paths for the launcher's AOT cache (run by the launcher).")
final class AotTrainingCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    Path scratch = Files.createTempDirectory("evotraders-aot-training");
    try {
      Path runs = scratch.resolve("runs");
      backtest(runs, scratch.resolve("data"));
      replay(onlyRun(runs));
      return 0;
    } finally {
      delete(scratch);
    }
  }

  /** Runs the backtest command itself, with an empty environment so no model is ever called. */
  private static void backtest(Path runs, Path data) {
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    int code =
        Main.run(
            Map.of(),
            quiet,
            quiet,
            "backtest",
            "--data",
            "mock",
            "--tickers",
            "AAPL,MSFT",
            "--start",
            "2024-01-02",
            "--end",
            "2024-01-05",
            "--no-memory",
            "--runs-dir",
            runs.toString(),
            "--data-dir",
            data.toString());
    if (code != 0) {
      throw new IllegalStateException("the training backtest exited with code " + code);
    }
  }

  /** Replays {@code run} as {@link ReplayCommand} does, to a client that reads it to the end. */
  private static void replay(RunDirectory run) throws Exception {
    RunReplay replay = RunReplay.of(run, 0);
    try (Gateway gateway =
        Gateway.start(GatewayConfig.defaults().withAddress("127.0.0.1", 0), replay.feed())) {
      CompletableFuture<Void> initialState = new CompletableFuture<>();
      WebSocket client =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(
                  URI.create("ws://127.0.0.1:" + gateway.port() + "/"),
                  new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(
                        WebSocket socket, CharSequence data, boolean last) {
                      if (last) {
                        initialState.complete(null);
                      }
                      socket.request(1);
                      return null;
                    }
                  })
              .get(10, TimeUnit.SECONDS);
      initialState.get(10, TimeUnit.SECONDS);
      replay.start();
      replay.awaitFinished();
      client.abort();
    }
  }

  private static RunDirectory onlyRun(Path runs) throws IOException {
    try (Stream<Path> folders = Files.list(runs)) {
      Path folder =
          folders
              .filter(Files::isDirectory)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("the training backtest made no run"));
      return RunDirectory.existing(runs, folder.getFileName().toString());
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot delete " + path, e);
                }
              });
    }
  }
}
