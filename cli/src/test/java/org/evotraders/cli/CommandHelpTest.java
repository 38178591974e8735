package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every command answers --help with its own usage, whether the command line was built with every
 * command or only with the one named; the top-level help lists the user's commands in order and not
 * the launcher's hidden aot-training.
 */
class CommandHelpTest {

  private static final List<String> COMMANDS =
      List.of("version", "calendar", "data", "backtest", "live", "replay", "standalone");

  @Test
  void everyCommandAnswersHelpWithItsOwnUsage() {
    for (String command : COMMANDS) {
      CliCall call = CliCall.succeeding(Map.of(), command, "--help");
      assertThat(call.out()).as(command).startsWith("Usage: evotraders " + command + " ");
    }
    CliCall nested = CliCall.succeeding(Map.of(), "data", "import", "--help");
    assertThat(nested.out()).startsWith("Usage: evotraders data import ");
  }

  @Test
  void topLevelHelpListsTheCommandsInOrderWithoutTheHiddenOne() {
    String help = CliCall.succeeding(Map.of(), "--help").out();
    List<Integer> positions =
        COMMANDS.stream().map(command -> help.indexOf("\n  " + command + " ")).toList();
    assertThat(positions).doesNotContain(-1).isSorted();
    assertThat(help).doesNotContain("aot-training");
  }

  @Test
  void aMistypedCommandIsRefusedWithTheFullCommandLine() {
    CliCall call = CliCall.run(Map.of(), "bakctest");
    assertThat(call.exitCode()).isEqualTo(OneLineErrors.USAGE);
    assertThat(call.err()).startsWith("evotraders: Unmatched argument at index 0: 'bakctest'");
  }
}
