package org.evotraders.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --data-dir} option: where caches and imported data live. */
final class DataDirectory {

  static final String VARIABLE = "EVOTRADERS_DATA_DIR";

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

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
    String fromEnvironment = Main.environment(command).get(VARIABLE);
    return Path.of(
        fromEnvironment == null || fromEnvironment.isBlank() ? ".evotraders" : fromEnvironment);
  }
}
