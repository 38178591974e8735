package org.evotraders.pipeline.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a chart: a named series of (session, value) points with its colour and stroke width.
 *
 * @param name the legend's text
 * @param colour a CSS colour, e.g. #1f4e9c
 * @param width the stroke width in pixels
 * @param points the points in session order
 */
record ChartLine(String name, String colour, double width, List<Point> points) {

  /** A value on a session, the session given as its epoch day so that the x axis is linear. */
  record Point(long day, double value) {}

  ChartLine {
    points = List.copyOf(points);
  }

  /**
   * Returns this line with at most {@code maxPoints} points, so that a 20-year series keeps a
   * report small. The first and last points stay; the points between are cut into equal buckets of
   * which each keeps its lowest and highest value in session order, so that crashes and peaks
   * survive.
   */
  ChartLine downsampled(int maxPoints) {
    if (maxPoints < 4) {
      throw new IllegalArgumentException(
          "a line needs at least 4 points to keep its ends and one bucket's extremes, got "
              + maxPoints);
    }
    if (points.size() <= maxPoints) {
      return this;
    }
    int inner = points.size() - 2;
    int buckets = (maxPoints - 2) / 2;
    List<Point> kept = new ArrayList<>(maxPoints);
    kept.add(points.getFirst());
    for (int bucket = 0; bucket < buckets; bucket++) {
      int from = 1 + (int) ((long) bucket * inner / buckets);
      int to = 1 + (int) ((long) (bucket + 1) * inner / buckets);
      int lowest = from;
      int highest = from;
      for (int i = from + 1; i < to; i++) {
        if (points.get(i).value() < points.get(lowest).value()) {
          lowest = i;
        }
        if (points.get(i).value() > points.get(highest).value()) {
          highest = i;
        }
      }
      kept.add(points.get(Math.min(lowest, highest)));
      if (lowest != highest) {
        kept.add(points.get(Math.max(lowest, highest)));
      }
    }
    kept.add(points.getLast());
    return new ChartLine(name, colour, width, kept);
  }
}
