package org.evotraders.data.synthetic;

/**
 * The business behind one synthetic ticker: its size and the ratios its reports drift around. Like
 * {@link TickerProfile#defaultFor}, it depends on the ticker only; each quarter's deviations from
 * it are drawn from the market's seed.
 *
 * @param priceToSales the price-to-sales ratio revenue is pulled towards: revenue follows the
 *     market's valuation of the company with a lag, so the ratios stay plausible as the price moves
 * @param retention share of net income kept as equity (the rest is paid out or bought back)
 */
record CompanyProfile(
    double startShares,
    double dailyTurnover,
    double priceToSales,
    double netMargin,
    double grossMargin,
    double depreciationToRevenue,
    double capexToRevenue,
    double equityToRevenue,
    double debtToEquity,
    double cashToRevenue,
    double currentRatio,
    double inventoryToRevenue,
    double receivablesToRevenue,
    double retention,
    double quarterlyBuyback) {

  /**
   * Sizes the company to a start market cap of 5 bn to 1.5 tn and prices it at 12 to 35 times
   * earnings, with a net margin of 5 to 28 %.
   */
  static CompanyProfile defaultFor(String ticker, double startPrice) {
    var draws = RandomDraws.of(0, "company-profile", ticker, 0);
    double marketCap = draws.logBetween(5e9, 1.5e12);
    double netMargin = draws.between(0.05, 0.28);
    double priceToEarnings = draws.between(12, 35);
    return new CompanyProfile(
        Math.round(marketCap / startPrice),
        draws.between(0.003, 0.012),
        priceToEarnings * netMargin,
        netMargin,
        draws.between(0.30, 0.70),
        draws.between(0.02, 0.07),
        draws.between(0.02, 0.10),
        draws.between(0.3, 1.2),
        draws.between(0.1, 1.8),
        draws.between(0.05, 0.30),
        draws.between(1.1, 2.6),
        draws.between(0.01, 0.15),
        draws.between(0.06, 0.18),
        draws.between(0.3, 0.8),
        draws.between(0.0, 0.008));
  }

  double baseVolume() {
    return startShares * dailyTurnover;
  }
}
