package org.evotraders.agents.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class PositionLimitsTest {

  private final PositionLimits limits = new PositionLimits(0.20, 1.5);

  /** Closes alternating +a/-a, so daily returns have a known spread. */
  private static List<Double> zigzag(double start, double move, int days) {
    List<Double> closes = new ArrayList<>();
    double price = start;
    closes.add(price);
    for (int i = 0; i < days; i++) {
      price *= (i % 2 == 0) ? 1 + move : 1 - move;
      closes.add(price);
    }
    return closes;
  }

  @Test
  void volatilityMultiplierFollowsAiHedgeFundsSchedule() {
    assertThat(PositionLimits.volatilityMultiplier(0.10)).isEqualTo(1.25);
    assertThat(PositionLimits.volatilityMultiplier(0.25)).isCloseTo(0.95, within(1e-12));
    assertThat(PositionLimits.volatilityMultiplier(0.40)).isCloseTo(0.70, within(1e-12));
    assertThat(PositionLimits.volatilityMultiplier(0.80)).isEqualTo(0.5);
    assertThat(PositionLimits.volatilityMultiplier(Double.NaN)).isEqualTo(0.5);
  }

  @Test
  void correlationMultiplierShrinksConcentratedBets() {
    assertThat(PositionLimits.correlationMultiplier(0.9)).isEqualTo(0.70);
    assertThat(PositionLimits.correlationMultiplier(0.65)).isEqualTo(0.85);
    assertThat(PositionLimits.correlationMultiplier(0.5)).isEqualTo(1.0);
    assertThat(PositionLimits.correlationMultiplier(0.3)).isEqualTo(1.05);
    assertThat(PositionLimits.correlationMultiplier(-0.2)).isEqualTo(1.10);
    assertThat(PositionLimits.correlationMultiplier(Double.NaN)).isEqualTo(1.0);
  }

  @Test
  void aCalmTickerInAnEmptyBookMayTakeTwentyFivePercentOfNav() {
    // 0.1% daily zigzag: annualised volatility ~1.6%, multiplier 1.25, fraction 0.25.
    Map<String, RiskLimit> result =
        limits.limits(Map.of("AAPL", zigzag(100, 0.001, 80)), new Portfolio(100_000), Map.of());
    RiskLimit aapl = result.get("AAPL");
    assertThat(aapl.annualVolatility()).isLessThan(0.15);
    assertThat(aapl.limitFraction()).isCloseTo(0.25, within(1e-12));
    assertThat(aapl.maxPositionValue()).isCloseTo(25_000, within(1e-6));
    assertThat(aapl.maxLongShares()).isEqualTo((long) Math.floor(25_000 / aapl.price()));
  }

  @Test
  void aWildTickerIsHeldToTheMinimumFraction() {
    // 5% daily zigzag: annualised volatility ~80%, multiplier 0.5, fraction 0.10.
    RiskLimit tsla =
        limits
            .limits(Map.of("TSLA", zigzag(200, 0.05, 80)), new Portfolio(100_000), Map.of())
            .get("TSLA");
    assertThat(tsla.annualVolatility()).isGreaterThan(0.5);
    assertThat(tsla.limitFraction()).isCloseTo(0.10, within(1e-12));
  }

  @Test
  void whatIsAlreadyHeldUsesUpTheLimitButClosingItIsAlwaysAllowed() {
    Portfolio portfolio = new Portfolio(100_000);
    List<Double> closes = zigzag(100, 0.001, 80);
    double price = closes.getLast();
    portfolio.apply(new Fill("f1", LocalDate.of(2024, 1, 2), "AAPL", Side.BUY, 200, price, 0));
    RiskLimit aapl =
        limits.limits(Map.of("AAPL", closes), portfolio, Map.of("AAPL", price)).get("AAPL");
    long room = (long) Math.floor((0.25 * 100_000 - 200 * price) / price);
    assertThat(aapl.maxLongShares()).isEqualTo(room);
    assertThat(aapl.maxShortShares()).isGreaterThanOrEqualTo(200);
  }

  @Test
  void grossExposureCapLimitsNewPositionsWhenTheBookIsFull() {
    Portfolio portfolio = new Portfolio(100_000);
    LocalDate day = LocalDate.of(2024, 1, 2);
    portfolio.apply(new Fill("f1", day, "MSFT", Side.BUY, 500, 100, 0));
    portfolio.apply(new Fill("f2", day, "XOM", Side.SHORT, 500, 100, 0));
    PositionLimits tight = new PositionLimits(0.20, 1.0);
    RiskLimit aapl =
        tight
            .limits(
                Map.of(
                    "AAPL", zigzag(100, 0.001, 80),
                    "MSFT", zigzag(100, 0.001, 80),
                    "XOM", zigzag(100, 0.001, 80)),
                portfolio,
                Map.of("MSFT", 100.0, "XOM", 100.0))
            .get("AAPL");
    // NAV 100,000 and gross 100,000: no room for anything new.
    assertThat(aapl.maxLongShares()).isZero();
    assertThat(aapl.maxShortShares()).isZero();
  }
}
