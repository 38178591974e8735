package org.evotraders.pipeline.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A time-series chart drawn as inline SVG: round gridlines, dated x ticks, a legend and one
 * polyline per line, with at most {@value #MAX_POINTS} points each. The first line is drawn last,
 * on top, and may be shaded down to zero (the drawdown chart's area).
 *
 * @param description what the chart shows, read out by screen readers
 * @param unit written after each value label, e.g. "%", or empty
 * @param lines the lines; the first is the one the chart is about
 * @param shadeFirstLine whether the area between the first line and zero is filled
 */
record LineChart(String description, String unit, List<ChartLine> lines, boolean shadeFirstLine) {

  /** The most points a line keeps; longer series are downsampled to this. */
  static final int MAX_POINTS = 1_000;

  private static final int WIDTH = 960;
  private static final int HEIGHT = 320;
  private static final int LEFT = 76;
  private static final int RIGHT = WIDTH - 16;
  private static final int TOP = 36;
  private static final int BOTTOM = HEIGHT - 28;
  private static final int X_TICKS = 6;
  private static final String TEXT =
      "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"12\" fill=\"#5b6270\"";

  LineChart {
    lines = lines.stream().map(line -> line.downsampled(MAX_POINTS)).toList();
  }

  /** Returns the chart as an {@code <svg>} element. */
  String svg() {
    StringBuilder svg = new StringBuilder();
    svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\""
                .formatted(WIDTH, HEIGHT))
        .append(Markup.escape(description))
        .append("\">\n");
    List<ChartLine.Point> all = lines.stream().flatMap(line -> line.points().stream()).toList();
    if (all.isEmpty()) {
      svg.append(
          "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" %s>No data recorded</text>\n"
              .formatted(WIDTH / 2, HEIGHT / 2, TEXT));
      return svg.append("</svg>").toString();
    }
    long firstDay = all.stream().mapToLong(ChartLine.Point::day).min().orElseThrow();
    long lastDay =
        Math.max(firstDay + 1, all.stream().mapToLong(ChartLine.Point::day).max().orElseThrow());
    AxisScale scale =
        AxisScale.covering(
            all.stream().mapToDouble(ChartLine.Point::value).min().orElseThrow(),
            all.stream().mapToDouble(ChartLine.Point::value).max().orElseThrow());
    Plot plot = new Plot(firstDay, lastDay, scale);
    grid(svg, plot);
    if (shadeFirstLine) {
      shade(svg, plot, lines.getFirst());
    }
    for (ChartLine line : lines.reversed()) {
      svg.append(
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\" points=\""
                  .formatted(Markup.escape(line.colour()), number(line.width())))
          .append(points(plot, line.points()))
          .append("\"/>\n");
    }
    legend(svg);
    return svg.append("</svg>").toString();
  }

  /** Maps sessions and values to pixels inside the plot area. */
  private record Plot(long firstDay, long lastDay, AxisScale scale) {

    double x(long day) {
      return LEFT + (RIGHT - LEFT) * (double) (day - firstDay) / (lastDay - firstDay);
    }

    double y(double value) {
      return BOTTOM - (BOTTOM - TOP) * scale.fraction(value);
    }
  }

  private void grid(StringBuilder svg, Plot plot) {
    for (double tick : plot.scale().ticks()) {
      String y = number(plot.y(tick));
      boolean zero = Math.abs(tick) < plot.scale().step() / 2;
      svg.append(
              "<line x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\" stroke=\"%s\"/>\n"
                  .formatted(LEFT, RIGHT, y, y, zero ? "#9aa1ad" : "#e6e8ec"))
          .append(
              "<text x=\"%d\" y=\"%s\" dy=\"4\" text-anchor=\"end\" %s>%s</text>\n"
                  .formatted(LEFT - 8, y, TEXT, Markup.escape(plot.scale().label(tick, unit))));
    }
    long span = plot.lastDay() - plot.firstDay();
    // a run of a few days gets one tick per day rather than the same date twice
    int ticks = (int) Math.min(X_TICKS, span + 1);
    for (int i = 0; i < ticks; i++) {
      long day = plot.firstDay() + span * i / (ticks - 1);
      String anchor = i == 0 ? "start" : i == ticks - 1 ? "end" : "middle";
      svg.append(
          "<text x=\"%s\" y=\"%d\" text-anchor=\"%s\" %s>%s</text>\n"
              .formatted(number(plot.x(day)), HEIGHT - 8, anchor, TEXT, LocalDate.ofEpochDay(day)));
    }
  }

  private void shade(StringBuilder svg, Plot plot, ChartLine line) {
    if (line.points().isEmpty()) {
      return;
    }
    String zero = number(plot.y(Math.clamp(0, plot.scale().low(), plot.scale().high())));
    svg.append(
            "<polygon fill=\"%s\" fill-opacity=\"0.15\" stroke=\"none\" points=\""
                .formatted(Markup.escape(line.colour())))
        .append(points(plot, line.points()))
        .append(
            " %s,%s %s,%s\"/>\n"
                .formatted(
                    number(plot.x(line.points().getLast().day())),
                    zero,
                    number(plot.x(line.points().getFirst().day())),
                    zero));
  }

  private void legend(StringBuilder svg) {
    double x = LEFT;
    for (ChartLine line : lines) {
      svg.append(
              "<line x1=\"%s\" x2=\"%s\" y1=\"14\" y2=\"14\" stroke=\"%s\" stroke-width=\"3\"/>\n"
                  .formatted(number(x), number(x + 18), Markup.escape(line.colour())))
          .append(
              "<text x=\"%s\" y=\"18\" %s>%s</text>\n"
                  .formatted(number(x + 24), TEXT, Markup.escape(line.name())));
      // system fonts take at most about 8 px per character at 12 px
      x += 24 + 8 * line.name().length() + 20;
    }
  }

  private static String points(Plot plot, List<ChartLine.Point> points) {
    StringBuilder text = new StringBuilder(points.size() * 12);
    for (ChartLine.Point point : points) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(number(plot.x(point.day()))).append(',').append(number(plot.y(point.value())));
    }
    return text.toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
