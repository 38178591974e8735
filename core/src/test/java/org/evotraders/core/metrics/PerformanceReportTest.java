package org.evotraders.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceReportTest {

  private static final LocalDate D1 = LocalDate.of(2024, 3, 1);

  /** NAV 100, 110, 99, 108.9: daily returns +10%, -10%, +10%. */
  private static final NavSeries NAV =
      new NavSeries(
          List.of(D1, D1.plusDays(1), D1.plusDays(2), D1.plusDays(3)),
          List.of(100.0, 110.0, 99.0, 108.9));

  @Test
  void computesReturnFiguresByHandFormulas() {
    PerformanceReport report = PerformanceReport.of(NAV, MetricConventions.DEFAULT);

    // mean = 0.1/3; deviations 2/30, -4/30, 2/30 -> sample variance (24/900)/2 = 0.013333
    double mean = 0.1 / 3;
    double std = Math.sqrt(0.04 / 3);
    assertThat(report.sessions()).isEqualTo(4);
    assertThat(report.totalReturn()).isCloseTo(0.089, within(1e-12));
    assertThat(report.annualReturn()).isCloseTo(Math.pow(1.089, 252.0 / 3) - 1, within(1e-6));
    assertThat(report.annualVolatility()).isCloseTo(std * Math.sqrt(252), within(1e-12));
    assertThat(report.sharpeRatio()).isCloseTo(mean / std * Math.sqrt(252), within(1e-12));
    // Downside deviation: sqrt(mean(0, 0.01, 0)) * sqrt(252) over all three returns.
    double downside = Math.sqrt(0.01 / 3) * Math.sqrt(252);
    assertThat(report.sortinoRatio()).isCloseTo(mean * 252 / downside, within(1e-9));
    assertThat(report.maxDrawdown().depth()).isCloseTo(-0.1, within(1e-12));
    assertThat(report.maxDrawdown().peak()).isEqualTo(D1.plusDays(1));
    assertThat(report.maxDrawdown().trough()).isEqualTo(D1.plusDays(2));
    assertThat(report.maxDrawdown().recovered()).isFalse();
    assertThat(report.calmarRatio()).isCloseTo(report.annualReturn() / 0.1, within(1e-6));
  }

  @Test
  void subtractsTheRiskFreeRateConvertedGeometricallyPerSession() {
    MetricConventions conventions = MetricConventions.DEFAULT.withAnnualRiskFreeRate(0.05);
    double daily = conventions.riskFreePerPeriod();

    assertThat(Math.pow(1 + daily, 252)).isCloseTo(1.05, within(1e-12));
    double std = Math.sqrt(0.04 / 3);
    assertThat(PerformanceReport.of(NAV, conventions).sharpeRatio())
        .isCloseTo((0.1 / 3 - daily) / std * Math.sqrt(252), within(1e-12));
  }

  @Test
  void carriesTradeAndExposureFiguresBesideTheReturns() {
    PerformanceReport report =
        PerformanceReport.of(
            NAV,
            List.of(10.0, -5.0),
            List.of(new PositionSnapshot(D1, 50, 0, 100, 20)),
            MetricConventions.DEFAULT);

    assertThat(report.trades().profitFactor()).isCloseTo(2.0, within(1e-12));
    assertThat(report.exposure().averageGross()).isCloseTo(0.5, within(1e-12));
    assertThat(report.sharpeInterval().level()).isEqualTo(0.95);
  }
}
