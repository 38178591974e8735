package org.evotraders.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file appended one line at a time keeps its complete lines through a crash: the torn last line
 * is left out, and the length says where to cut it off; a complete line that does not parse is
 * damage and names its line.
 */
class WholeLinesTest {

  @TempDir Path folder;

  @Test
  void aTornLastLineIsLeftOutAndTheLengthEndsAtTheLastNewline() throws IOException {
    Path file = write("1\n\n22\n33");

    WholeLines<Integer> lines = WholeLines.read(file, Integer::valueOf, "a number");

    assertThat(lines.values()).containsExactly(1, 22);
    assertThat(lines.length()).isEqualTo("1\n\n22\n".getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void aMissingFileHasNoLines() throws IOException {
    WholeLines<Integer> lines =
        WholeLines.read(folder.resolve("none.jsonl"), Integer::valueOf, "a number");

    assertThat(lines.values()).isEmpty();
    assertThat(lines.length()).isZero();
  }

  @Test
  void aCompleteLineThatDoesNotParseNamesTheFileAndLine() throws IOException {
    Path file = write("1\nx\n3\n");

    assertThatThrownBy(() -> WholeLines.read(file, Integer::valueOf, "a number"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file + " line 2 is not a number")
        .hasMessageContaining("restore it or delete the line");
  }

  private Path write(String text) throws IOException {
    return Files.writeString(folder.resolve("lines.jsonl"), text);
  }
}
