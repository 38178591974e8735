package org.evotraders.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One call of the command line inside the test JVM, with an environment of the test's choosing (so
 * the developer's API keys never leak in), and what it printed.
 */
record CliCall(int exitCode, String out, String err) {

  static CliCall run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      code = Main.run(env, o, e, args);
    }
    return new CliCall(code, out.toString(), err.toString());
  }

  /** Runs and fails the test with what was printed unless the command succeeded. */
  static CliCall succeeding(Map<String, String> env, String... args) {
    CliCall call = run(env, args);
    if (call.exitCode() != 0) {
      throw new AssertionError(
          "exit code %d\nstdout:\n%s\nstderr:\n%s"
              .formatted(call.exitCode(), call.out(), call.err()));
    }
    return call;
  }
}
