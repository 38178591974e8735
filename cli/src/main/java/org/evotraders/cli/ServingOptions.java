package org.evotraders.cli;

import java.nio.file.Path;
import org.evotraders.gateway.GatewayConfig;
import picocli.CommandLine.Option;

/** Where the commands that serve the dashboard listen, and where they find the run folders. */
final class ServingOptions {

  @Option(
      names = {"-p", "--port"},
      defaultValue = "8765",
      description = "Port of the gateway and dashboard (default 8765).")
  int port;

  @Option(
      names = "--host",
      defaultValue = GatewayConfig.DEFAULT_HOST,
      description = "Interface to listen on (default 127.0.0.1; 0.0.0.0 for every one).")
  String host;

  @Option(
      names = "--runs-dir",
      defaultValue = "runs",
      paramLabel = "DIR",
      description = "Folder of the run folders (default ./runs).")
  Path runsDir;
}
