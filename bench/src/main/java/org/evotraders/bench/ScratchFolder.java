package org.evotraders.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for the benchmark's caches and run folders, deleted when closed. */
record ScratchFolder(Path root) implements AutoCloseable {

  static ScratchFolder create() {
    try {
      return new ScratchFolder(Files.createTempDirectory("evotraders-bench"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the benchmark", e);
    }
  }

  Path resolve(String name) {
    return root.resolve(name);
  }

  @Override
  public void close() {
    delete(root);
  }

  /** Deletes {@code folder} with everything inside it. */
  static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the benchmark folder " + folder, e);
    }
  }
}
