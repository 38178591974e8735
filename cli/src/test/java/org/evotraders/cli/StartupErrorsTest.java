package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evotraders.models.provider.ModelSettings;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A backtest that cannot run fails before anything starts: one line on stderr saying what is wrong
 * and what to do, the usage exit code 2, nothing on stdout and no run folder.
 */
class StartupErrorsTest {

  private static final Path PRICES =
      Path.of(System.getProperty("evotraders.shared.data"), "ohlcv", "yfinance-adjusted-2005-2025");

  @TempDir Path root;

  /** A command line that must be refused, and words the refusal must contain. */
  record Refused(Map<String, String> env, List<String> args, String says) {}

  static Stream<Named<Refused>> refusals() {
    Map<String, String> offline = TeamRunFixture.OFFLINE;
    return Stream.of(
        Named.of(
            "an unknown model provider",
            new Refused(Map.of("MODEL_PROVIDER", "foo"), List.of(), "MODEL_PROVIDER=foo")),
        Named.of(
            "openai without its key",
            new Refused(Map.of("MODEL_PROVIDER", "openai"), List.of(), "OPENAI_API_KEY")),
        Named.of(
            "an agent's provider without its key",
            new Refused(
                Map.of("AGENT_RISK_MANAGER_MODEL_PROVIDER", "anthropic"),
                List.of(),
                "ANTHROPIC_API_KEY")),
        Named.of(
            "an end before the start",
            new Refused(
                offline,
                List.of("--start", "2024-03-01", "--end", "2024-02-01"),
                "swap the dates")),
        Named.of(
            "a start in 1999",
            new Refused(
                offline,
                List.of("--start", "1999-06-01", "--end", "2000-02-01"),
                "outside the supported calendar")),
        Named.of(
            "a date that is not one",
            new Refused(offline, List.of("--start", "2024-13-01"), "use YYYY-MM-DD")),
        Named.of(
            "a ticker the csv folder has no prices of",
            new Refused(
                offline,
                List.of(
                    "--data",
                    "csv:" + PRICES,
                    "--tickers",
                    "AAPL,ZZZZ",
                    "--start",
                    "2024-01-02",
                    "--end",
                    "2024-01-31"),
                "ZZZZ")),
        Named.of(
            "a csv folder that does not exist",
            new Refused(offline, List.of("--data", "csv:/no/such/folder"), "not a folder")),
        Named.of(
            "an unknown data source",
            new Refused(offline, List.of("--data", "bloomberg"), "unknown data source")),
        Named.of(
            "an unreadable --config",
            new Refused(offline, List.of("--config", "/no/such/run.yaml"), "cannot read the file")),
        Named.of(
            "an unknown fill model",
            new Refused(offline, List.of("--fill-model", "vwap"), "unknown fill model 'vwap'")),
        Named.of(
            "a negative cash",
            new Refused(offline, List.of("--cash", "-5"), "--cash must be positive")),
        Named.of(
            "a --resume of a run that does not exist",
            new Refused(
                offline, List.of("--resume", "20240101_000000"), "no run '20240101_000000'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesBeforeAnythingStarts(Refused refused) {
    List<String> args = new ArrayList<>(List.of("backtest"));
    args.addAll(refused.args());
    args.addAll(
        List.of(
            "--runs-dir",
            root.resolve("runs").toString(),
            "--data-dir",
            root.resolve("data").toString()));

    CliCall call = CliCall.run(refused.env(), args.toArray(String[]::new));

    assertThat(call.exitCode()).isEqualTo(OneLineErrors.USAGE);
    assertThat(call.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("evotraders: ")
        .contains(refused.says());
    assertThat(call.out()).isEmpty();
    assertThat(root.resolve("runs")).doesNotExist();
  }

  @Test
  void refusesToResumeARunWhoseModelsNeedAKeyTheEnvironmentLacks() throws IOException {
    Path run = TeamRunFixture.onlyRun(createdRun());
    Path bootstrap = run.resolve("BOOTSTRAP.md");
    Files.writeString(
        bootstrap,
        Files.readString(bootstrap)
            .replaceFirst(
                "provider: offline\n    name: rules", "provider: openai\n    name: gpt-4o"));

    CliCall call = CliCall.run(TeamRunFixture.OFFLINE, resume(run, run.getFileName().toString()));

    assertThat(call.exitCode()).isEqualTo(OneLineErrors.USAGE);
    assertThat(call.err().lines().toList())
        .singleElement()
        .asString()
        .contains(run.getFileName().toString(), "openai", "OPENAI_API_KEY");
    assertThat(run.resolve("events.jsonl")).doesNotExist();
  }

  @Test
  void refusesSettingsBesideAResumeSinceTheRunKeepsItsOwn() {
    Path run = TeamRunFixture.onlyRun(createdRun());
    String[] args =
        Stream.concat(
                Stream.of(resume(run, run.getFileName().toString())),
                Stream.of("--end", "2024-06-28", "--tickers", "TSLA"))
            .toArray(String[]::new);

    CliCall call = CliCall.run(TeamRunFixture.OFFLINE, args);

    assertThat(call.exitCode()).isEqualTo(OneLineErrors.USAGE);
    assertThat(call.err().lines().toList())
        .singleElement()
        .asString()
        .contains("--end", "--tickers", "BOOTSTRAP.md");
    assertThat(run.resolve("events.jsonl")).doesNotExist();
  }

  @Test
  void aChildJvmPrintsTheRefusalAsItsOnlyLineOnStderr() {
    ChildCli cli = new ChildCli(root, Map.of("MODEL_PROVIDER", "foo"));

    ChildCli.Exit exit = cli.exits("backtest", "--runs-dir", root.resolve("runs").toString());

    assertThat(exit.code()).isEqualTo(OneLineErrors.USAGE);
    assertThat(exit.printed().lines().toList())
        .singleElement()
        .asString()
        .startsWith("evotraders: MODEL_PROVIDER=foo names no known model provider");
    assertThat(Files.exists(root.resolve("runs"))).isFalse();
  }

  /** Returns a root holding a run folder created by the launcher, not run yet. */
  private Path createdRun() {
    new RunLauncher(root.resolve("data"), TeamRunFixture.OFFLINE)
        .create(
            root.resolve("runs"),
            new RunOptions().resolve(TeamRunFixture.OFFLINE, ModelSettings.from(Map.of())),
            "");
    return root;
  }

  private String[] resume(Path run, String runId) {
    return new String[] {
      "backtest",
      "--resume",
      runId,
      "--runs-dir",
      run.getParent().toString(),
      "--data-dir",
      root.resolve("data").toString()
    };
  }
}
