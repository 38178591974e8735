package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Figures must write exactly what String.format(Locale.ROOT, ...) writes. */
class FiguresTest {

  private static final double[] SPECIAL = {
    0.0,
    -0.0,
    0.005,
    -0.005,
    0.125,
    -0.125,
    0.375,
    2.675,
    1.005,
    9.995,
    -9.995,
    99.5,
    0.5,
    -0.5,
    1.5,
    2.5,
    999_999.995,
    1e-5,
    -1e-5,
    1e-4,
    123_456_789.125,
    1e7,
    1e15,
    1e20,
    -1e20,
    4.35,
    Double.MIN_VALUE,
    Double.MAX_VALUE,
    Double.NaN,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY
  };

  @Test
  void fixedDecimalsMatchTheFormatterOnEdgesHalvesAndRandomValues() {
    Random random = new Random(7);
    for (int places = 0; places <= 4; places++) {
      for (double value : SPECIAL) {
        assertSame(value, places);
      }
      for (int i = 0; i < 200_000; i++) {
        assertSame(randomValue(random), places);
      }
    }
  }

  @Test
  void signedDecimalsMatchTheFormatterWithAPlus() {
    Random random = new Random(11);
    for (int places = 0; places <= 3; places++) {
      for (double value : SPECIAL) {
        assertSigned(value, places);
      }
      for (int i = 0; i < 20_000; i++) {
        assertSigned(randomValue(random), places);
      }
    }
  }

  @Test
  void patternsMatchTheFormatter() {
    Object[][] cases = {
      {"Trend %s: price %.2f vs %.3f, ADX %.1f.", "AAPL", 101.235, -0.0005, 25.05},
      {"score %+.2f, %d shares, %d%% done", 0.0, 12, -3L},
      {"score %+.2f and %+.2f, %+.2f", -0.004, -0.0, Double.NaN},
      {"%+.2f %.0f", Double.POSITIVE_INFINITY, 0.5},
      {"money %,.0f left", 1234567.5},
      {"%s or %s", null, 1.5},
    };
    for (Object[] c : cases) {
      Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      assertThat(Figures.format((String) c[0], args))
          .isEqualTo(String.format(Locale.ROOT, (String) c[0], args));
    }
  }

  private static double randomValue(Random random) {
    return switch (random.nextInt(4)) {
      // prices and scores with few decimals: many exact halves after scaling
      case 0 -> (random.nextInt(2_000_001) - 1_000_000) / 1000.0;
      case 1 -> (random.nextInt(200_001) - 100_000) / 8.0 / 125.0;
      case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4);
      default -> Double.longBitsToDouble(random.nextLong());
    };
  }

  private static void assertSame(double value, int places) {
    assertThat(Figures.fixed(value, places))
        .as("%s with %d places", value, places)
        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
  }

  private static void assertSigned(double value, int places) {
    assertThat(Figures.appendSigned(new StringBuilder(), value, places).toString())
        .as("%s with %d places and a sign", value, places)
        .isEqualTo(String.format(Locale.ROOT, "%+." + places + "f", value));
  }
}
