package org.evotraders.data.synthetic;

/**
 * How the price of one synthetic ticker moves.
 *
 * @param startPrice the close before the first session
 * @param annualDrift expected yearly log return, e.g. 0.08
 * @param annualVolatility yearly standard deviation of log returns, e.g. 0.30; the realised
 *     volatility is higher when the market part alone ({@code beta} times the market's 18 %)
 *     exceeds it, because every ticker keeps some moves of its own
 * @param beta sensitivity to the common market factor, which makes tickers move together
 */
public record TickerProfile(
    double startPrice, double annualDrift, double annualVolatility, double beta) {

  public TickerProfile {
    if (!(startPrice > 0) || !(annualVolatility > 0) || !Double.isFinite(annualDrift + beta)) {
      throw new IllegalArgumentException(
          "ticker profile needs a positive start price and volatility and finite drift and beta,"
              + " got start price %s, drift %s, volatility %s, beta %s"
                  .formatted(startPrice, annualDrift, annualVolatility, beta));
    }
  }

  /**
   * Returns the profile a ticker gets when none is configured. It depends on the ticker only, not
   * on the market's seed, so a ticker keeps its character across seeds: start price 20..500
   * (log-uniform), drift -3..12 %, volatility 22..42 %, beta 0.8..1.3.
   */
  public static TickerProfile defaultFor(String ticker) {
    var draws = RandomDraws.of(0, "ticker-profile", ticker, 0);
    return new TickerProfile(
        Math.round(draws.logBetween(20, 500) * 100) / 100.0,
        draws.between(-0.03, 0.12),
        draws.between(0.22, 0.42),
        draws.between(0.8, 1.3));
  }
}
