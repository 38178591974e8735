package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evotraders.analysis.technical.ReferenceTable.valuesOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/**
 * Checks the values backtrader's own tests assert on its 2006 sample
 * (reference/backtrader/indicator_checkpoints.json): for each indicator, the first bar with a
 * value, the last bar and one in between, given to 6 decimals.
 */
class BacktraderCheckpointsTest {

  private static final Pattern INDICATOR = Pattern.compile("\"indicator\":\\s*\"(\\w+)\"");
  private static final Pattern CHECKPOINT = Pattern.compile("\"index0\":\\s*(\\d+)");
  private static final Pattern LINE =
      Pattern.compile("\"line\":\\s*\"(\\w+)\",\\s*\"expected\":\\s*\\[([^\\]]*)\\]");

  /** The lines we implement; backtrader's WMA and stochastic lines are not among them. */
  private static final List<String> IMPLEMENTED =
      List.of(
          "SMA30",
          "EMA30",
          "SMMA30",
          "RSI14",
          "ATR14",
          "BB_mid",
          "BB_up",
          "BB_dn",
          "MACD",
          "MACD_signal",
          "MACD_hist");

  /** One published line: its checkpoint bars and the values expected there. */
  private record Checkpoints(String line, int[] bars, double[] expected) {}

  @Test
  void everyPublishedCheckpointOfAnImplementedIndicatorIsMatchedToSixDecimals() throws IOException {
    BarSeries series =
        DailyBarSeries.of(ReferenceTable.read("reference/backtrader/2006-day-001.csv").bars("BT"));
    Map<String, double[]> computed = computedLines(series);
    List<Checkpoints> published = publishedCheckpoints();

    List<String> checked = new ArrayList<>();
    for (Checkpoints checkpoints : published) {
      double[] values = computed.get(checkpoints.line());
      if (values == null) {
        continue;
      }
      for (int i = 0; i < checkpoints.bars().length; i++) {
        int bar = checkpoints.bars()[i];
        assertThat(values[bar])
            .as("%s on bar %d", checkpoints.line(), bar)
            .isCloseTo(checkpoints.expected()[i], within(1e-6));
      }
      checked.add(checkpoints.line());
    }
    assertThat(checked).containsExactlyInAnyOrderElementsOf(IMPLEMENTED);
  }

  private static Map<String, double[]> computedLines(BarSeries series) {
    var close = new ClosePriceIndicator(series);
    var bollinger = ClassicIndicators.bollinger(close, 20, 2.0);
    var macd = ClassicIndicators.macd(close, 12, 26, 9);
    var lines = new LinkedHashMap<String, double[]>();
    lines.put("SMA30", valuesOf(ClassicIndicators.sma(close, 30)));
    lines.put("EMA30", valuesOf(ClassicIndicators.ema(close, 30)));
    lines.put("SMMA30", valuesOf(SeededExponentialAverage.wilder(close, 30)));
    lines.put("RSI14", valuesOf(ClassicIndicators.rsi(close, 14)));
    lines.put("ATR14", valuesOf(ClassicIndicators.atr(series, 14)));
    lines.put("BB_mid", valuesOf(bollinger.middle()));
    lines.put("BB_up", valuesOf(bollinger.upper()));
    lines.put("BB_dn", valuesOf(bollinger.lower()));
    lines.put("MACD", valuesOf(macd.line()));
    lines.put("MACD_signal", valuesOf(macd.signal()));
    lines.put("MACD_hist", valuesOf(macd.histogram()));
    return lines;
  }

  /** Reads the lines and checkpoints of the JSON file, whose layout is fixed (README 4.3). */
  private static List<Checkpoints> publishedCheckpoints() throws IOException {
    String json =
        Files.readString(
            Path.of(
                System.getProperty("evotraders.shared.data"),
                "reference/backtrader/indicator_checkpoints.json"));
    String[] indicators = INDICATOR.split(json);
    var published = new ArrayList<Checkpoints>();
    for (String block : Arrays.copyOfRange(indicators, 1, indicators.length)) {
      int[] bars =
          CHECKPOINT.matcher(block).results().mapToInt(m -> Integer.parseInt(m.group(1))).toArray();
      Matcher line = LINE.matcher(block);
      while (line.find()) {
        double[] expected =
            Arrays.stream(line.group(2).split(","))
                .mapToDouble(v -> Double.parseDouble(v.strip()))
                .toArray();
        assertThat(expected).as("checkpoints of %s", line.group(1)).hasSameSizeAs(bars);
        published.add(new Checkpoints(line.group(1), bars, expected));
      }
    }
    assertThat(published).as("lines in the checkpoint file").hasSize(14);
    return published;
  }
}
