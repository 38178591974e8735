package org.evotraders.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies everything written to stderr (warnings of the libraries and of the model gate, such as a
 * model answer replaced by its safe default) into the run's {@code logs/run.log}, while it still
 * reaches the terminal. Appends, so a resumed run adds to the same log.
 */
final class RunLogFile implements AutoCloseable {

  private final PrintStream original;
  private final OutputStream file;

  private RunLogFile(PrintStream original, OutputStream file) {
    this.original = original;
    this.file = file;
  }

  static RunLogFile teeStderr(Path logsDir) {
    try {
      Files.createDirectories(logsDir);
      OutputStream file = new FileOutputStream(logsDir.resolve("run.log").toFile(), true);
      PrintStream original = System.err;
      System.setErr(new PrintStream(new Tee(original, file), true, StandardCharsets.UTF_8));
      return new RunLogFile(original, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the run log in " + logsDir, e);
    }
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(original);
    try {
      file.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the run log", e);
    }
  }

  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      first.flush();
      second.flush();
    }
  }
}
