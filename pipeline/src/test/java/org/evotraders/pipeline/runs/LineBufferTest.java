package org.evotraders.pipeline.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineBufferTest {

  @Test
  void aNumberReadsAsDoubleToStringWritesItWhetherItsTextWasKeptOrAnotherTookItsPlace() {
    LineBuffer line = new LineBuffer();
    SplittableRandom random = new SplittableRandom(7);
    double[] values = new double[5_000]; // ten times the kept texts, so places are taken over
    for (int i = 0; i < values.length; i++) {
      values[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9));
    }
    for (int pass = 0; pass < 2; pass++) {
      for (double value : values) {
        assertThat(line.decimal(value)).isEqualTo(Double.toString(value));
      }
    }
    assertThat(line.decimal(0.1)).isEqualTo("0.1");
    assertThat(line.decimal(-0.0)).isEqualTo("-0.0");
    assertThat(line.decimal(0.0)).isEqualTo("0.0");
    assertThat(line.decimal(1e21)).isEqualTo("1.0E21");
  }
}
