package org.evotraders.core.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The complete lines of an append-only file of one record per line (the event log, an agent's
 * memory). A crash while appending can leave the last line without its newline: that line is not
 * one of them, and a writer reopening the file cuts it off at {@link #length}.
 *
 * @param values each non-blank complete line, parsed, in file order
 * @param length the bytes the complete lines span
 */
public record WholeLines<T>(List<T> values, long length) {

  public WholeLines {
    values = List.copyOf(values);
  }

  /**
   * Reads the complete lines of {@code file} (a missing file has none), parsing each non-blank one
   * with {@code parse}.
   *
   * @param what what each line holds, for the error, e.g. {@code "an event"}
   * @throws IllegalStateException naming the file and line when {@code parse} rejects a line with
   *     an {@link IllegalArgumentException}: a complete line that does not parse is damage, not a
   *     crash
   */
  public static <T> WholeLines<T> read(Path file, Function<String, T> parse, String what)
      throws IOException {
    if (!Files.exists(file)) {
      return new WholeLines<>(List.of(), 0);
    }
    byte[] bytes = Files.readAllBytes(file);
    List<T> values = new ArrayList<>();
    int start = 0;
    int lineNumber = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      lineNumber++;
      String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
      if (!line.isBlank()) {
        try {
          values.add(parse.apply(line));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "%s line %d is not %s (%s); the file is damaged: restore it or delete the line"
                  .formatted(file, lineNumber, what, e.getMessage()),
              e);
        }
      }
      start = i + 1;
    }
    return new WholeLines<>(values, start);
  }
}
