package org.evotraders.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhrasesTest {

  /** The JDK's exact rounding of the binary value, half up to four significant digits. */
  private static String byBigDecimal(double value) {
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  @Test
  void writesNumbersWithFourSignificantDigitsAndNoTrailingZeros() {
    assertThat(Phrases.number(71.2)).isEqualTo("71.2");
    assertThat(Phrases.number(190.91365)).isEqualTo("190.9");
    assertThat(Phrases.number(123_456)).isEqualTo("123500");
    assertThat(Phrases.number(-0.01086)).isEqualTo("-0.01086");
    assertThat(Phrases.number(0.2)).isEqualTo("0.2");
    assertThat(Phrases.number(9999.7)).isEqualTo("10000");
    assertThat(Phrases.number(0)).isEqualTo("0");
    assertThat(Phrases.number(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void roundsTheExactBinaryValueAsBigDecimalDoesAcrossMagnitudes() {
    SplittableRandom random = new SplittableRandom(20240301);
    for (int i = 0; i < 200_000; i++) {
      double value =
          (random.nextBoolean() ? 1 : -1)
              * random.nextDouble()
              * Math.pow(10, random.nextInt(-20, 21));
      assertThat(Phrases.number(value)).as("%s", value).isEqualTo(byBigDecimal(value));
    }
  }

  @Test
  void roundsDecimalHalvesAsTheirBinaryValuesLieAsBigDecimalDoes() {
    // a decimal half is stored a little above or below it: each rounds as its binary value does
    for (double half : new double[] {1.0005, 2.0005, 0.012345, 1234.5, 98765, 0.00045675, 12.345}) {
      for (double value : new double[] {half, Math.nextUp(half), Math.nextDown(half), -half}) {
        assertThat(Phrases.number(value)).as("%s", value).isEqualTo(byBigDecimal(value));
      }
    }
  }
}
