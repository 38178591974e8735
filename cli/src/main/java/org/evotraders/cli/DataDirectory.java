package org.evotraders.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option: where caches and imported data live. */
final class DataDirectory {

  static final String VARIABLE = "EVOTRADERS_DATA_DIR";

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Folder of the market data cache and model response cache"
              + " (default: $EVOTRADERS_DATA_DIR, else ./.evotraders).")
  Path dataDir;

  Path path() {
    if (dataDir != null) {
      return dataDir;
    }
    String fromEnvironment = System.getenv(VARIABLE);
    return Path.of(
        fromEnvironment == null || fromEnvironment.isBlank() ? ".evotraders" : fromEnvironment);
  }
}
