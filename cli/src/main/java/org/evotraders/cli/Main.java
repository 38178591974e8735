package org.evotraders.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code evotraders} command: a multi-agent LLM trading team, its market data and runs. */
@Command(
    name = "evotraders",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.class,
    description = "A team of LLM agents that studies, discusses and trades a list of stocks.",
    subcommands = {
      VersionCommand.class,
      CalendarCommand.class,
      DataCommand.class,
      BacktestCommand.class,
      LiveCommand.class,
      ReplayCommand.class,
      StandaloneCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  private Main(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    return commandLine(System.getenv()).execute(args);
  }

  /**
   * Runs the command line with the environment variables {@code env} in place of the process's,
   * printing to {@code out} and {@code err}; returns its exit code.
   */
  static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    return commandLine(env).setOut(out).setErr(err).execute(args);
  }

  private static CommandLine commandLine(Map<String, String> env) {
    OneLineErrors errors = new OneLineErrors("1".equals(env.get("EVOTRADERS_DEBUG")));
    return new CommandLine(new Main(env))
        .registerConverter(LocalDate.class, Main::date)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }

  /** Returns the environment variables the command line of {@code command} runs with. */
  static Map<String, String> environment(CommandLine.Model.CommandSpec command) {
    return ((Main) command.root().userObject()).env;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date: use YYYY-MM-DD, e.g. 2024-03-01");
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
