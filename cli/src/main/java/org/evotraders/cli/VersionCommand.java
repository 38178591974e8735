package org.evotraders.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints the version of EvoTraders and of the Java runtime it runs on. */
@Command(name = "version", description = "Print the version.")
final class VersionCommand implements Runnable, CommandLine.IVersionProvider {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    for (String line : getVersion()) {
      spec.commandLine().getOut().println(line);
    }
  }

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "evotraders " + (version == null ? "development build" : version),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
