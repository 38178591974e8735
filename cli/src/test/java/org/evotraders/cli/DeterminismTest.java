package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is a function of its configuration: two fresh runs of one configuration write the same
 * events at the same run-clock times (only the run id, named after the wall clock, differs), and
 * the mock market's seed is part of that configuration.
 */
class DeterminismTest {

  @TempDir Path work;

  @Test
  void twoFreshRunsOfOneConfigurationWriteTheSameEvents() {
    List<String> first = eventsWithoutRunId(run("first", "7"));
    List<String> second = eventsWithoutRunId(run("second", "7"));

    assertThat(first).hasSizeGreaterThan(300);
    IntStream.range(0, Math.min(first.size(), second.size()))
        .forEach(i -> assertThat(second.get(i)).as("event %d", i + 1).isEqualTo(first.get(i)));
    assertThat(second).hasSameSizeAs(first);
  }

  @Test
  void anotherSeedGivesTheMockMarketOtherPrices() {
    List<PriceUpdated> seven = prices(run("seven", "7"));
    List<PriceUpdated> eight = prices(run("eight", "8"));

    assertThat(seven).hasSameSizeAs(eight);
    for (int i = 0; i < seven.size(); i++) {
      assertThat(eight.get(i).symbol()).isEqualTo(seven.get(i).symbol());
      assertThat(eight.get(i).price()).as("price %d", i).isNotEqualTo(seven.get(i).price());
    }
  }

  private RunRecord run(String name, String seed) {
    Path root = work.resolve(name);
    CliCall.succeeding(
        TeamRunFixture.OFFLINE,
        TeamRunFixture.with(TeamRunFixture.newRun(root, false), "--seed", seed));
    return RunRecord.of(TeamRunFixture.onlyRun(root));
  }

  private static List<String> eventsWithoutRunId(RunRecord run) {
    return run.all().stream().map(DeterminismTest::withoutRunId).toList();
  }

  private static String withoutRunId(RecordedEvent e) {
    Object event =
        e.event() instanceof RunStarted s
            ? new RunStarted(
                "",
                s.mode(),
                s.tickers(),
                s.start(),
                s.end(),
                s.initialCash(),
                s.team(),
                s.budget(),
                s.resumed())
            : e.event();
    return e.seq() + " " + e.at() + " " + e.session() + " " + event;
  }

  private static List<PriceUpdated> prices(RunRecord run) {
    return run.all().stream()
        .map(RecordedEvent::event)
        .filter(PriceUpdated.class::isInstance)
        .map(PriceUpdated.class::cast)
        .toList();
  }
}
