package org.evotraders.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.evotraders.models.ModelConfigurationException;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.models.provider.ProviderKind;
import org.evotraders.pipeline.cycle.RunSummaries;
import org.evotraders.pipeline.report.HtmlReport;
import org.evotraders.pipeline.report.RunSummary;
import org.evotraders.pipeline.report.TerminalReport;
import org.evotraders.pipeline.runs.AtomicFiles;
import org.evotraders.pipeline.runs.Bootstrap;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Runs the team over history (or the synthetic market) and reports the result. With no flags and no
 * API keys: the offline model on the mock market, the README's first command.
 */
@Command(
    name = "backtest",
    description = "Run the six-agent team over a date range and report against the baselines.")
final class BacktestCommand implements Callable<Integer> {

  /**
   * The options a resumed run takes; every other setting comes from its BOOTSTRAP.md. A budget flag
   * raises the budget of a run its budget stopped.
   */
  private static final Set<String> RESUME_OPTIONS =
      Set.of(
          "--resume",
          "--runs-dir",
          "--data-dir",
          "--clean",
          "--budget-usd",
          "--budget-tokens",
          "--serve",
          "--port",
          "--host");

  private static final Path DEFAULT_RUNS_DIR = Path.of("runs");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ServingOptions serving;

  @Mixin RunOptions options;

  @Mixin DataDirectory dataDirectory;

  @Option(
      names = "--resume",
      paramLabel = "RUN_ID",
      description = "Continue an interrupted run from its event log.")
  String resume;

  @Option(
      names = "--clean",
      description = "Do not reuse cached model answers: ask the models again.")
  boolean clean;

  @Option(
      names = "--prompt",
      paramLabel = "TEXT",
      description = "Run-scoped instructions added to every agent's system prompt.")
  String prompt;

  @Option(
      names = "--serve",
      description =
          "Serve the dashboard and the run's stream while it runs, and after it until Ctrl-C.")
  boolean serve;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = Main.environment(spec);
    ModelSettings settings = ModelSettings.from(env);
    settings.validate();
    RunLauncher launcher = new RunLauncher(dataDirectory.path(), env);
    RunDirectory run;
    if (resume != null) {
      refuseSettingsBesideResume();
      run = RunDirectory.existing(serving.runsDir, resume);
      requireKeysOfRunModels(run, env);
      options.budget().ifPresent(budget -> newBudget(run, budget));
    } else {
      RunConfig config = options.resolve(env, settings);
      run = launcher.create(serving.runsDir, config, prompt == null ? "" : prompt);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("evotraders: run " + run.runId() + " in " + run.root());
    ProgressLine progress = new ProgressLine(err);
    RunLauncher.Launched launched;
    Standalone standalone = serve ? serving(env, run, err) : null;
    try (RunLogFile log = RunLogFile.teeStderr(run.logs())) {
      launched =
          standalone == null
              ? launcher.launch(run, !clean, progress::show)
              : served(standalone.runs().launch(run, !clean, progress::show));
    }
    progress.finish();
    RunSummary summary =
        RunSummaries.of(launched.outcome(), launched.config(), launched.source(), launched.gate());
    AtomicFiles.write(summary.reportFile(), HtmlReport.render(summary));
    PrintWriter out = spec.commandLine().getOut();
    out.print(TerminalReport.render(summary));
    if (!"completed".equals(launched.outcome().status())) {
      out.println("Stopped early: " + launched.outcome().reason());
      out.println(
          "Continue with: evotraders backtest --resume "
              + run.runId()
              + (serving.runsDir.equals(DEFAULT_RUNS_DIR) ? "" : " --runs-dir " + serving.runsDir));
    }
    out.flush();
    launched.gate().close();
    if (standalone != null) {
      err.println(
          "evotraders: still serving the dashboard at "
              + standalone.dashboardUrl()
              + " ; Ctrl-C to stop");
      err.flush();
      new CountDownLatch(1).await();
    }
    return 0;
  }

  /** Starts the dashboard's gateway for {@code run}; runs started from the dashboard share it. */
  private Standalone serving(Map<String, String> env, RunDirectory run, PrintWriter err) {
    Standalone standalone =
        Standalone.start(
            new Standalone.Settings(
                serving.host,
                serving.port,
                serving.runsDir,
                dataDirectory.path(),
                env,
                Bootstrap.read(run.bootstrap()).config(),
                Duration.ZERO));
    Runtime.getRuntime().addShutdownHook(new Thread(standalone::close, "standalone-stop"));
    err.println("evotraders: dashboard at " + standalone.dashboardUrl());
    err.flush();
    return standalone;
  }

  /** Waits for a served run and returns its launch, or rethrows what made it fail. */
  private static RunLauncher.Launched served(CompletableFuture<RunLauncher.Launched> launch)
      throws InterruptedException {
    try {
      return launch.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("the run failed: " + e.getCause(), e.getCause());
    }
  }

  /** Writes a new budget into a resumed run's BOOTSTRAP.md. */
  private static void newBudget(RunDirectory run, RunConfig.Budget budget) {
    Bootstrap bootstrap = Bootstrap.read(run.bootstrap());
    new Bootstrap(bootstrap.config().withBudget(budget), bootstrap.prompt()).write(run.bootstrap());
  }

  /**
   * A resumed run keeps the settings of its BOOTSTRAP.md; a flag that would change one is refused.
   */
  private void refuseSettingsBesideResume() {
    List<String> settings =
        spec.commandLine().getParseResult().matchedOptions().stream()
            .map(OptionSpec::longestName)
            .filter(name -> !RESUME_OPTIONS.contains(name))
            .toList();
    if (!settings.isEmpty()) {
      throw new IllegalArgumentException(
          "--resume continues run %s with the settings in its BOOTSTRAP.md: drop %s"
              .formatted(resume, String.join(", ", settings)));
    }
  }

  /**
   * Checks that the environment has the key of every provider the run's agents were started with
   * (from BOOTSTRAP.md, not from MODEL_PROVIDER), before the resumed run appends anything.
   */
  private static void requireKeysOfRunModels(RunDirectory run, Map<String, String> env) {
    Bootstrap.read(run.bootstrap())
        .config()
        .models()
        .forEach(
            (agent, model) -> {
              ProviderKind kind = ProviderKind.named(model.provider(), "BOOTSTRAP.md");
              String variable = kind.keyVariable();
              if (variable != null && (env.get(variable) == null || env.get(variable).isBlank())) {
                throw new ModelConfigurationException(
                    "run %s was started with the model provider %s for %s: set %s to resume it"
                        .formatted(run.runId(), kind.providerName(), agent, variable));
              }
            });
  }
}
