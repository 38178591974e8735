package org.evotraders.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code evotraders} command: a multi-agent LLM trading team, its market data and runs. */
@Command(
    name = "evotraders",
    mixinStandardHelpOptions = true,
    // every command answers --help (and --version), not only the top one
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionCommand.class,
    description = "A team of LLM agents that studies, discusses and trades a list of stocks.")
public final class Main implements Runnable {

  /**
   * The commands, by name, in the order the help lists them. Picocli builds a command's model by
   * reflection when it is added, a third of a second for all of them at start-up, so a command line
   * naming one gets only that one ({@link #commandLine}).
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

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
    return commandLine(System.getenv(), args).execute(args);
  }

  /**
   * Runs the command line with the environment variables {@code env} in place of the process's,
   * printing to {@code out} and {@code err}; returns its exit code.
   */
  static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    return commandLine(env, args).setOut(out).setErr(err).execute(args);
  }

  /**
   * Returns the command line for {@code args}: with every command, or only the one that {@code
   * args} starts with (its help, errors and run are the same either way).
   */
  private static CommandLine commandLine(Map<String, String> env, String... args) {
    OneLineErrors errors = new OneLineErrors("1".equals(env.get("EVOTRADERS_DEBUG")));
    CommandLine line = new CommandLine(new Main(env));
    Class<?> named = args.length == 0 ? null : COMMANDS.get(args[0]);
    if (named != null) {
      line.addSubcommand(named);
    } else {
      COMMANDS.values().forEach(line::addSubcommand);
    }
    // set after the subcommands are added, so that they have them too
    return line.registerConverter(LocalDate.class, Main::date)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> command :
        List.of(
            VersionCommand.class,
            CalendarCommand.class,
            DataCommand.class,
            BacktestCommand.class,
            LiveCommand.class,
            ReplayCommand.class,
            StandaloneCommand.class,
            AotTrainingCommand.class)) {
      commands.put(command.getAnnotation(Command.class).name(), command);
    }
    return Collections.unmodifiableMap(commands);
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
