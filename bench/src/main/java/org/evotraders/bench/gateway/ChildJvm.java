package org.evotraders.bench.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code evotraders} command as a user starts it: the repository's {@code ./evotraders}
 * launcher (its JVM flags and AOT cache included) running this JVM's jar, which holds the CLI.
 * Started, timed from process start, and watched through /proc for its resident memory; the
 * launcher replaces itself with the JVM, so the process watched is the JVM.
 */
final class ChildJvm {

  private final Process process;
  private final long startNanos;
  private long endNanos;

  private ChildJvm(Process process, long startNanos) {
    this.process = process;
    this.startNanos = startNanos;
  }

  /** Runs {@code ./evotraders args} with {@code env} added to this process's environment. */
  static ChildJvm start(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(launcher().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("EVOTRADERS_JAR", jar().toString());
    builder.environment().putAll(env);
    long start = System.nanoTime();
    try {
      return new ChildJvm(builder.start(), start);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  static ChildJvm start(String... args) {
    return start(Map.of(), args);
  }

  /** Returns the launcher: -Devotraders.launcher, else ./evotraders in the working directory. */
  static Path launcher() {
    Path launcher =
        Path.of(System.getProperty("evotraders.launcher", "evotraders")).toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException(
          "no launcher at %s: run the bench from the repository root, or give -Devotraders.launcher=PATH"
              .formatted(launcher));
    }
    return launcher;
  }

  /** Returns this JVM's jar (the shaded bench jar), which the launcher runs in place of its own. */
  static Path jar() {
    String classPath = System.getProperty("java.class.path");
    if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
      throw new IllegalStateException(
          "the bench must run from its shaded jar (java -cp bench/target/evotraders-bench.jar ...), not "
              + classPath);
    }
    return Path.of(classPath).toAbsolutePath();
  }

  /** Waits for the child to exit (failing on a non-zero code); returns its peak VmRSS in KB. */
  long awaitExitTrackingRss(Duration timeout) throws InterruptedException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    long peak = 0;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (process.isAlive() && System.nanoTime() < deadline) {
      peak = Math.max(peak, residentKb(status));
      Thread.sleep(20);
    }
    endNanos = System.nanoTime();
    if (process.isAlive()) {
      process.destroyForcibly();
      throw new IllegalStateException("the child run took longer than " + timeout);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("the child run exited with code " + process.exitValue());
    }
    return peak;
  }

  /** Returns the seconds since the process was started (until it exited, once it has). */
  double seconds() {
    return ((endNanos != 0 ? endNanos : System.nanoTime()) - startNanos) / 1e9;
  }

  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  private static long residentKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException gone) {
      // the process exited between the check and the read
    }
    return 0;
  }
}
