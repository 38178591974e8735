package org.evotraders.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the commands that import and inspect market data. */
@Command(
    name = "data",
    description = "Import and inspect market data.",
    subcommands = {DataImportCommand.class, DataShowCommand.class})
final class DataCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
