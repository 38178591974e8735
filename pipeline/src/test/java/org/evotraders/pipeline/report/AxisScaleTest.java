package org.evotraders.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AxisScaleTest {

  @Test
  void widensTheRangeToWholeStepsOfOneTwoOrFiveTimesAPowerOfTen() {
    // (775,000 - 83,000) / 5 = 138,400, whose leading digits 1.384 round to a step of 100,000
    AxisScale scale = AxisScale.covering(83_000, 775_000);

    assertThat(scale).isEqualTo(new AxisScale(0, 800_000, 100_000));
    assertThat(scale.ticks()).hasSize(9);
    assertThat(scale.label(100_000, "")).isEqualTo("100,000");
  }

  @Test
  void labelsADrawdownAxisInWholePercentagesDownToItsDeepestStep() {
    // 39.7 / 5 = 7.94 rounds up to a step of 10
    AxisScale scale = AxisScale.covering(-39.7, 0);

    assertThat(scale).isEqualTo(new AxisScale(-40, 0, 10));
    assertThat(scale.ticks()).containsExactly(-40.0, -30.0, -20.0, -10.0, 0.0);
    assertThat(scale.label(-40, "%")).isEqualTo("-40%");
  }

  @Test
  void opensAFlatSeriesByFivePercentEitherSideAndShowsTheDecimalsItsStepNeeds() {
    // 5 +/- 0.25 spans 0.5, a fifth of which is a step of 0.1
    AxisScale scale = AxisScale.covering(5, 5);

    assertThat(scale.step()).isEqualTo(0.1);
    assertThat(scale.low()).isCloseTo(4.7, within(1e-9));
    assertThat(scale.label(4.7, "")).isEqualTo("4.7");
  }
}
