package org.evotraders.analysis.valuation;

/**
 * Discounting of a stream that grows at a constant rate for a number of years, then a Gordon-growth
 * terminal value, as the original's four valuation tools compute it.
 *
 * @param discountRate the yearly rate future amounts are discounted at (0.10 = 10%)
 * @param years the explicit forecast years (the original: 5)
 */
record Projection(double discountRate, int years) {

  Projection {
    if (!(discountRate > 0) || years < 1) {
      throw new IllegalArgumentException(
          "a projection needs a positive discount rate and at least one year, got "
              + discountRate
              + " and "
              + years);
    }
  }

  /** Returns the sum over t = 1..years of {@code base (1+growth)^t / (1+discountRate)^t}. */
  double presentValueOfGrowing(double base, double growth) {
    double sum = 0;
    for (int year = 1; year <= years; year++) {
      sum += base * Math.pow(1 + growth, year) / Math.pow(1 + discountRate, year);
    }
    return sum;
  }

  /**
   * Returns the present value of a perpetuity whose first amount, due the year after the forecast,
   * is {@code nextAmount} and which grows at {@code terminalGrowth}: {@code nextAmount /
   * (discountRate - terminalGrowth) / (1+discountRate)^years}.
   */
  double presentValueOfTerminal(double nextAmount, double terminalGrowth) {
    if (terminalGrowth >= discountRate) {
      throw new IllegalArgumentException(
          "terminal growth "
              + terminalGrowth
              + " must stay below the discount rate "
              + discountRate);
    }
    return nextAmount / (discountRate - terminalGrowth) / Math.pow(1 + discountRate, years);
  }
}
