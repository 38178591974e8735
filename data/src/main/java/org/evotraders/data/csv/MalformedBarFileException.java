package org.evotraders.data.csv;

import java.nio.file.Path;

/**
 * A CSV bar file that cannot be read as daily bars. The message names the file, the line (1 is the
 * header) and the problem.
 */
public final class MalformedBarFileException extends RuntimeException {

  private final transient Path file;
  private final long line;

  MalformedBarFileException(Path file, long line, String problem, Throwable cause) {
    super("%s line %d: %s".formatted(file, line, problem), cause);
    this.file = file;
    this.line = line;
  }

  MalformedBarFileException(Path file, long line, String problem) {
    this(file, line, problem, null);
  }

  /** Returns the file that could not be read. */
  public Path file() {
    return file;
  }

  /** Returns the line of the problem; 1 is the header line. */
  public long line() {
    return line;
  }
}
