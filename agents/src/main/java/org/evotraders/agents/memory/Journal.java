package org.evotraders.agents.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.evotraders.core.event.WholeLines;

/**
 * An append-only file of JSON objects, one a line. Each append is one whole line, so a process
 * killed mid-write leaves at most a torn last line; opening the file drops that line and cuts it
 * off, so the next append starts clean. Readers fold the lines in order and keep the last version
 * of each key, which makes an upsert a plain append.
 */
final class Journal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  private Journal(Path file) {
    this.file = file;
  }

  /** Opens {@code file}, creating its folder, and returns it with the whole lines it holds. */
  static Opened open(Path file) {
    try {
      Files.createDirectories(file.getParent());
      WholeLines<JsonNode> lines = WholeLines.read(file, Journal::parse, "JSON");
      if (Files.exists(file) && lines.length() < Files.size(file)) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.truncate(lines.length());
        }
      }
      return new Opened(new Journal(file), lines.values());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the memory file " + file, e);
    }
  }

  /** A journal with the lines it held when it was opened, oldest first. */
  record Opened(Journal journal, List<JsonNode> lines) {}

  static ObjectNode newLine() {
    return JSON.createObjectNode();
  }

  /** Appends {@code line} as one line of JSON. */
  void append(ObjectNode line) {
    try {
      byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the memory file " + file, e);
    }
  }

  Path file() {
    return file;
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
