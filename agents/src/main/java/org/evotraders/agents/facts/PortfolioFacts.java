package org.evotraders.agents.facts;

import java.util.Map;
import org.evotraders.core.event.RiskLimit;

/**
 * The book as the risk and portfolio managers see it before the open: NAV and cash at the last
 * close, margin held, signed positions in shares, last closes and today's hard limits.
 *
 * @param positions signed shares per ticker: positive long, negative short
 */
public record PortfolioFacts(
    double nav,
    double cash,
    double marginUsed,
    double marginRequirement,
    Map<String, Long> positions,
    Map<String, Double> prices,
    Map<String, RiskLimit> limits,
    double grossExposureCap) {

  /** Returns the market value of the longs minus the shorts, at the last closes. */
  public double netExposure() {
    return positions.entrySet().stream()
        .mapToDouble(e -> e.getValue() * prices.getOrDefault(e.getKey(), 0.0))
        .sum();
  }

  /** Returns the market value of the longs plus the shorts, at the last closes. */
  public double grossExposure() {
    return positions.entrySet().stream()
        .mapToDouble(e -> Math.abs(e.getValue()) * prices.getOrDefault(e.getKey(), 0.0))
        .sum();
  }
}
