package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class TechnicalToolsTest {

  /** A snapshot with chosen values; unnamed fields are neutral. */
  private static TechnicalSnapshot snapshot(
      double close,
      double sma20,
      double sma50,
      double sma200,
      double macd,
      double signal,
      double rsi,
      double adx,
      double r5,
      double r10,
      double r20,
      double vol20,
      double vol60) {
    return new TechnicalSnapshot(
        "AAPL",
        LocalDate.of(2024, 3, 1),
        close,
        sma20,
        sma50,
        sma200,
        0,
        0,
        macd,
        signal,
        macd - signal,
        rsi,
        100,
        110,
        90,
        2,
        20,
        20,
        adx,
        r5,
        r10,
        r20,
        vol20,
        vol20,
        vol60);
  }

  @Test
  void aStrongUptrendAboveEveryAverageIsBullishAtFullStrength() {
    ToolResult trend =
        TechnicalTools.trend(snapshot(120, 115, 110, 100, 1.2, 1.0, 55, 30, 0, 0, 0, 0.2, 0.2));
    // 0.4 + 0.3 + 0.3 = 1.0, times min(1, 30/25) = 1.
    assertThat(trend.score()).isCloseTo(1.0, within(1e-12));
    assertThat(trend.signal()).isEqualTo(Signal.BULLISH);
    assertThat(trend.text()).contains("BULLISH long-term", "BUY");
  }

  @Test
  void aWeakTrendIsDiscountedByItsAdx() {
    ToolResult trend =
        TechnicalTools.trend(snapshot(90, 95, 100, 100, -1, 0, 45, 10, 0, 0, 0, 0.2, 0.2));
    // (-0.4 - 0.3 - 0.3) x 10/25 = -0.4.
    assertThat(trend.score()).isCloseTo(-0.4, within(1e-12));
    assertThat(trend.signal()).isEqualTo(Signal.BEARISH);
  }

  @Test
  void momentumAveragesThreeReturnsAndLabelsThemAsTheOriginal() {
    ToolResult momentum =
        TechnicalTools.momentum(snapshot(100, 0, 0, 0, 0, 0, 50, 20, 0.01, 0.02, 0.06, 0.3, 0.3));
    // average 3% -> STRONG BULLISH, score 0.03 / 0.04 = 0.75.
    assertThat(momentum.score()).isCloseTo(0.75, within(1e-12));
    assertThat(momentum.text()).contains("STRONG BULLISH");
  }

  @Test
  void anOverboughtCloseAboveItsBandLeansBearish() {
    // Band 90-110 around 100: close 110 gives z = 1; RSI 80 gives (80-50)/20 capped at 1.
    ToolResult reversion =
        TechnicalTools.meanReversion(snapshot(110, 0, 0, 0, 0, 0, 80, 20, 0, 0, 0, 0.3, 0.3));
    assertThat(reversion.score()).isCloseTo(-1.0, within(1e-12));
    assertThat(reversion.text()).contains("overbought");
  }

  @Test
  void calmerThanUsualReadsBullishAndTheRiskLabelFollowsThe20DayVolatility() {
    ToolResult volatility =
        TechnicalTools.volatility(snapshot(100, 0, 0, 0, 0, 0, 50, 20, 0, 0, 0, 0.30, 0.40));
    // regime 0.75 -> score 2 x 0.25 = 0.5; 30% is MODERATE.
    assertThat(volatility.score()).isCloseTo(0.5, within(1e-12));
    assertThat(volatility.text()).contains("MODERATE");
  }

  @Test
  void toolsWhoseIndicatorsAreWarmingUpAreUnavailable() {
    TechnicalSnapshot early =
        new TechnicalSnapshot(
            "AAPL",
            LocalDate.of(2024, 3, 1),
            100,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN);
    assertThat(TechnicalTools.all(early)).noneMatch(ToolResult::available);
    assertThat(TechnicalTools.all(early)).allMatch(r -> r.signal() == Signal.NEUTRAL);
  }
}
