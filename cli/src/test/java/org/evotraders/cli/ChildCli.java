package org.evotraders.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command line in a child JVM, started with the java and the class path of the test JVM (so it
 * works under {@code mvn verify} before the shaded jar exists) and an environment of the test's
 * choosing. It can be killed with SIGKILL once its run's events.jsonl holds a number of lines.
 */
final class ChildCli {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final Path workDir;
  private final Map<String, String> env;
  private int launches;

  /** {@code workDir} receives the class-path argument file and the children's output. */
  ChildCli(Path workDir, Map<String, String> env) {
    this.workDir = workDir;
    this.env = env;
  }

  /** How a child ended: its exit code and what it printed on stdout and stderr together. */
  record Exit(int code, String printed) {}

  /** Runs {@code args} to the end and returns how the child exited. */
  Exit exits(String... args) {
    Child child = start(args);
    child.waitForExit();
    return new Exit(child.process.exitValue(), child.printed());
  }

  /** Runs {@code args} to the end; fails with the child's output unless it exits with 0. */
  String completes(String... args) {
    Child child = start(args);
    child.waitForExit();
    if (child.process.exitValue() != 0) {
      throw new AssertionError(
          "the child exited with %d: %s".formatted(child.process.exitValue(), child.printed()));
    }
    return child.printed();
  }

  /**
   * Runs {@code args}, whose run is the only one under {@code runsDir}, and kills the child with
   * SIGKILL as soon as the run's events.jsonl has {@code lines} whole lines or more; returns the
   * number of lines the log holds once the child is dead.
   */
  long killedAfter(Path runsDir, long lines, String... args) {
    Child child = start(args);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try (LineCounter log = new LineCounter(runsDir)) {
      while (log.lines() < lines) {
        if (!child.process.isAlive()) {
          throw new AssertionError(
              "the child ended before line %d of its log: %s".formatted(lines, child.printed()));
        }
        if (System.nanoTime() > deadline) {
          child.process.destroyForcibly();
          throw new AssertionError("the log never reached line " + lines + ": " + child.printed());
        }
        Thread.onSpinWait();
      }
      child.process.destroyForcibly();
      child.waitForExit();
      return log.lines();
    }
  }

  private Child start(String... args) {
    try {
      Path classPath = workDir.resolve("classpath.args");
      if (!Files.exists(classPath)) {
        // an argument file keeps a long class path off the command line's length limits
        Files.writeString(
            classPath,
            "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"");
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          List.of(
              "--enable-native-access=ALL-UNNAMED",
              "-XX:+UseSerialGC",
              "-XX:TieredStopAtLevel=1",
              "@" + classPath,
              Main.class.getName()));
      command.addAll(List.of(args));
      Path output = workDir.resolve("child-" + ++launches + ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().clear();
      builder.environment().putAll(env);
      return new Child(builder.start(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts the whole lines of the events.jsonl of the one run under a folder as it grows. */
  private static final class LineCounter implements AutoCloseable {

    private final Path runsDir;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private FileChannel channel;
    private long lines;

    LineCounter(Path runsDir) {
      this.runsDir = runsDir;
    }

    long lines() {
      try {
        if (channel == null) {
          Path events = eventsFile();
          if (events == null) {
            return 0;
          }
          channel = FileChannel.open(events, StandardOpenOption.READ);
        }
        for (int n; (n = channel.read(buffer.clear())) > 0; ) {
          for (int i = 0; i < n; i++) {
            if (buffer.get(i) == '\n') {
              lines++;
            }
          }
        }
        return lines;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Path eventsFile() throws IOException {
      if (!Files.isDirectory(runsDir)) {
        return null;
      }
      try (Stream<Path> runs = Files.list(runsDir)) {
        return runs.map(r -> r.resolve("events.jsonl"))
            .filter(Files::exists)
            .findFirst()
            .orElse(null);
      }
    }
  }

  private record Child(Process process, Path output) {

    void waitForExit() {
      try {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("the child ran longer than " + TIMEOUT + ": " + printed());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the child", e);
      }
    }

    String printed() {
      try {
        return Files.readString(output);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
