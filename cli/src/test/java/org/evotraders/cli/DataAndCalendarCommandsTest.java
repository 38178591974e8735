package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data, calendar and version commands: what they print, and how they refuse bad input. */
class DataAndCalendarCommandsTest {

  private static final Map<String, String> ENV = Map.of();

  @TempDir Path root;

  private Path csvFolder(String name, String... files) throws IOException {
    Path folder = Files.createDirectories(root.resolve(name));
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(folder.resolve(files[i]), files[i + 1]);
    }
    return folder;
  }

  private String dataDir() {
    return root.resolve("data").toString();
  }

  @Test
  void importedBarsAreShownFromTheCacheInAnyColumnOrder() throws IOException {
    Path csv =
        csvFolder(
            "prices",
            "AAPL.csv",
            "Date,Close,High,Low,Open,Volume\n2024-03-01,179.66,180.53,177.38,179.55,73488000\n"
                + "2024-03-04,175.10,176.90,173.79,176.15,81510100\n");

    CliCall imported =
        CliCall.succeeding(ENV, "data", "import", "--csv", csv.toString(), "--data-dir", dataDir());
    CliCall shown =
        CliCall.succeeding(
            ENV,
            "data",
            "show",
            "aapl",
            "--start",
            "2024-03-01",
            "--end",
            "2024-03-08",
            "--data-dir",
            dataDir());

    assertThat(imported.out()).contains("AAPL", "2 bars", "imported 2 bars of 1 tickers");
    assertThat(shown.out())
        .contains("2024-03-01    179.5500    180.5300    177.3800    179.6600      73488000")
        .contains("2 bars of AAPL");
  }

  @Test
  void aMalformedRowNamesFileAndLineAndNothingIsImported() throws IOException {
    Path csv =
        csvFolder(
            "mixed",
            "GOOD.csv",
            "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,100\n",
            "BAD.csv",
            "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,100\n2024-01-03,1,x,0.5,1.5,100\n");

    CliCall call =
        CliCall.run(ENV, "data", "import", "--csv", csv.toString(), "--data-dir", dataDir());
    CliCall good =
        CliCall.run(
            ENV,
            "data",
            "show",
            "GOOD",
            "--start",
            "2024-01-01",
            "--end",
            "2024-01-31",
            "--data-dir",
            dataDir());

    assertThat(call.exitCode()).isNotZero();
    assertThat(call.err()).contains("BAD.csv line 3").contains("'x' is not a number");
    assertThat(good.exitCode()).isEqualTo(2);
    assertThat(good.err()).contains("no bars of GOOD");
  }

  @Test
  void badDataRequestsAreRefusedInOneLine() {
    CliCall missing =
        CliCall.run(
            ENV,
            "data",
            "import",
            "--csv",
            root.resolve("nowhere").toString(),
            "--data-dir",
            dataDir());
    CliCall inverted =
        CliCall.run(
            ENV,
            "data",
            "show",
            "AAPL",
            "--start",
            "2024-03-08",
            "--end",
            "2024-03-01",
            "--data-dir",
            dataDir());
    CliCall unknown =
        CliCall.run(
            ENV,
            "data",
            "show",
            "ZZZZ",
            "--start",
            "2024-03-01",
            "--end",
            "2024-03-08",
            "--data",
            "cache",
            "--data-dir",
            dataDir());
    CliCall badDate = CliCall.run(ENV, "calendar", "--from", "2024-1-3", "--to", "2024-02-01");
    CliCall badOption = CliCall.run(ENV, "version", "--bogus");

    assertThat(missing.err()).contains("is not a folder");
    assertThat(inverted.err()).contains("swap the dates");
    assertThat(unknown.err()).contains("no bars of ZZZZ");
    assertThat(badDate.err()).contains("'2024-1-3' is not a date: use YYYY-MM-DD");
    assertThat(badOption.err()).contains("Unknown option: '--bogus'");
    for (CliCall call : new CliCall[] {missing, inverted, unknown, badDate, badOption}) {
      assertThat(call.exitCode()).isEqualTo(2);
      assertThat(call.err().strip().lines()).hasSize(1);
      assertThat(call.out()).isEmpty();
    }
  }

  @Test
  void theCalendarListsSessionsWithTheEarlyCloseMarked() {
    CliCall call =
        CliCall.succeeding(ENV, "calendar", "--from", "2024-11-25", "--to", "2024-12-03");

    assertThat(call.out())
        .contains("2024-11-27  Wed  09:30  16:00")
        .contains("2024-11-29  Fri  09:30  13:00  early close")
        .doesNotContain("2024-11-28")
        .contains("6 sessions from 2024-11-25 to 2024-12-03");
  }

  @Test
  void versionNamesTheProgramAndItsJava() {
    assertThat(CliCall.succeeding(ENV, "version").out())
        .startsWith("evotraders ")
        .contains("Java ");
  }
}
