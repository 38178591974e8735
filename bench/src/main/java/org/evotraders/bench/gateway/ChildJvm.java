package org.evotraders.bench.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code evotraders} command in a child JVM on this JVM's class path: started, timed from
 * process start, and watched through /proc for its resident memory.
 */
final class ChildJvm {

  private final Process process;
  private final long startNanos;
  private long endNanos;

  private ChildJvm(Process process, long startNanos) {
    this.process = process;
    this.startNanos = startNanos;
  }

  static ChildJvm start(String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.evotraders.cli.Main");
    command.addAll(List.of(args));
    long start = System.nanoTime();
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      return new ChildJvm(process, start);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
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
