package org.evotraders.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
      BacktestCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .registerConverter(LocalDate.class, Main::date)
        .setParameterExceptionHandler(new OneLineErrors())
        .setExecutionExceptionHandler(new OneLineErrors())
        .execute(args);
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
