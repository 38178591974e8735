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
import java.util.ArrayList;
import java.util.List;

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
      List<JsonNode> lines = new ArrayList<>();
      if (Files.exists(file)) {
        long whole = readWholeLines(file, lines);
        if (whole < Files.size(file)) {
          try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(whole);
          }
        }
      }
      return new Opened(new Journal(file), List.copyOf(lines));
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

  /** Parses whole lines into {@code out} and returns the byte length they span. */
  private static long readWholeLines(Path file, List<JsonNode> out) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
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
          out.add(JSON.readTree(line));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(
              "%s line %d is not JSON (%s); the file is damaged: restore it or delete the line"
                  .formatted(file, lineNumber, e.getOriginalMessage()),
              e);
        }
      }
      start = i + 1;
    }
    return start;
  }
}
