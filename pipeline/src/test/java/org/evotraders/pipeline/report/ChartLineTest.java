package org.evotraders.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartLineTest {

  @Test
  void keepsALineShorterThanTheCapAsItIs() {
    ChartLine line = line(List.of(1.0, 3.0, 2.0));

    assertThat(line.downsampled(4)).isSameAs(line);
  }

  @Test
  void keepsBothEndsAndTheLowestAndHighestPointOfEachBucketInSessionOrder() {
    // 10 points to at most 6: the 8 inner points form 2 buckets, days 1-4 and 5-8
    ChartLine line = line(List.of(5.0, 6.0, 1.0, 7.0, 6.5, 4.0, 9.0, 3.0, 4.5, 5.0));

    ChartLine kept = line.downsampled(6);

    // bucket 1: lowest 1.0 on day 2, highest 7.0 on day 3; bucket 2: highest 9.0 on day 6,
    // lowest 3.0 on day 7
    assertThat(kept.points())
        .extracting(ChartLine.Point::day)
        .containsExactly(0L, 2L, 3L, 6L, 7L, 9L);
  }

  @Test
  void neverExceedsTheCapAndKeepsTheSeriesExtremes() {
    List<Double> values = new ArrayList<>();
    for (int t = 0; t < 5_000; t++) {
      values.add(Math.sin(t / 30.0) * 10 + t / 1000.0);
    }
    values.set(1234, -500.0);
    values.set(4321, 800.0);

    ChartLine kept = line(values).downsampled(1_000);

    assertThat(kept.points()).hasSizeLessThanOrEqualTo(1_000).hasSizeGreaterThan(990);
    assertThat(kept.points())
        .contains(new ChartLine.Point(1234, -500.0), new ChartLine.Point(4321, 800.0));
    assertThat(kept.points()).extracting(ChartLine.Point::day).isSorted();
  }

  private static ChartLine line(List<Double> values) {
    List<ChartLine.Point> points = new ArrayList<>();
    for (int day = 0; day < values.size(); day++) {
      points.add(new ChartLine.Point(day, values.get(day)));
    }
    return new ChartLine("Team", "#000", 1, points);
  }
}
