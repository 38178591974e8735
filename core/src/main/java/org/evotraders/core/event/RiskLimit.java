package org.evotraders.core.event;

/**
 * The most one ticker's position may be worth today, and why: a share of NAV scaled by the ticker's
 * volatility and its correlation with current holdings, less what is already held.
 */
public record RiskLimit(
    String ticker,
    double price,
    double annualVolatility,
    double averageCorrelation,
    double limitFraction,
    double maxPositionValue,
    double remainingValue,
    long maxLongShares,
    long maxShortShares) {}
