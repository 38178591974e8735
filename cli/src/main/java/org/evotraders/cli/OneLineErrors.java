package org.evotraders.cli;

import org.evotraders.models.ModelConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns a usage mistake (a bad flag, setting or environment variable: exit code 2) or a failed
 * command (exit code 1) into one line on stderr: users see what went wrong and what to do, not a
 * stack trace. EVOTRADERS_DEBUG=1 shows the trace.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  static final int USAGE = 2;
  static final int FAILED = 1;

  private final boolean debug;

  /** {@code debug} (EVOTRADERS_DEBUG=1) adds the stack trace below the line. */
  OneLineErrors(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    cmd.getErr()
        .println(
            "evotraders: "
                + ex.getMessage()
                + " (see '"
                + cmd.getCommandSpec().qualifiedName()
                + " --help')");
    return USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cmd.getErr().println("evotraders: " + message);
    if (debug) {
      ex.printStackTrace(cmd.getErr());
    }
    return ex instanceof IllegalArgumentException || ex instanceof ModelConfigurationException
        ? USAGE
        : FAILED;
  }
}
