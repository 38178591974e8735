package org.evotraders.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The original's {@code live} command: paper trading on the exchange's calendar with the dashboard
 * served, as {@code standalone --mode live}; with {@code --mock}, the synthetic market ticking
 * intraday on a faster clock.
 */
@Command(
    name = "live",
    description =
        "Paper-trade every trading day at the decision time, serving the dashboard;"
            + " --mock uses the synthetic market on a faster clock.")
final class LiveCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--mock", description = "Synthetic market and quotes, no API key needed.")
  boolean mock;

  @Option(
      names = {"-t", "--time"},
      defaultValue = "09:00",
      paramLabel = "now|HH:MM",
      description = "When the team decides each trading day, New York time (default 09:00).")
  String time;

  @Option(
      names = "--poll-interval",
      defaultValue = "10",
      description = "Seconds between quote polls.")
  double pollInterval;

  @Option(
      names = "--session-seconds",
      defaultValue = "60",
      description = "With --mock: wall-clock seconds per trading session (default 60).")
  double sessionSeconds;

  @Option(
      names = {"-p", "--port"},
      defaultValue = "8765",
      description = "Dashboard port.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on.")
  String host;

  @Option(names = "--tickers", split = ",", description = "Tickers, e.g. AAPL,MSFT.")
  List<String> tickers;

  @Option(
      names = "--data",
      description =
          "Market data behind decisions (live: financialdatasets, finnhub or cache); live runs"
              + " poll financialdatasets.ai's quotes with financialdatasets, Finnhub's otherwise.")
  String data;

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>(List.of("standalone", "--mode", mock ? "mock" : "live"));
    args.addAll(List.of("--time", time, "--poll-interval", Double.toString(pollInterval)));
    args.addAll(List.of("--port", Integer.toString(port), "--host", host));
    if (mock) {
      args.addAll(List.of("--session-seconds", Double.toString(sessionSeconds)));
    }
    if (tickers != null) {
      args.addAll(List.of("--tickers", String.join(",", tickers)));
    }
    if (data != null) {
      args.addAll(List.of("--data", data));
    } else if (!mock) {
      args.addAll(List.of("--data", "finnhub"));
    }
    return Main.run(
        Main.environment(spec),
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        args.toArray(String[]::new));
  }
}
