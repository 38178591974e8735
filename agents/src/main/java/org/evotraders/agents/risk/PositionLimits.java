package org.evotraders.agents.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.core.portfolio.Position;

/**
 * The risk manager's hard limits, computed in code as ai-hedge-fund's risk manager does: each
 * ticker may hold at most a fraction of NAV, that fraction shrinking with the ticker's volatility
 * and with its correlation to what the portfolio already holds; and the whole book may not exceed a
 * gross exposure cap. The portfolio manager's decisions are clamped to these limits.
 *
 * <p>Conventions: volatility is the sample standard deviation (ddof=1) of the last {@value
 * #VOLATILITY_WINDOW} daily simple returns, annualised by sqrt(252); correlation is Pearson's over
 * the same window of returns, averaged over the other tickers currently held.
 */
public final class PositionLimits {

  static final int VOLATILITY_WINDOW = 60;
  // ai-hedge-fund src/agents/risk_manager.py: the limit fraction is clamped to 5%-25% of NAV.
  static final double MIN_FRACTION = 0.05;
  static final double MAX_FRACTION = 0.25;

  private final double basePositionFraction;
  private final double grossExposureCap;

  /**
   * @param basePositionFraction the share of NAV one position may reach at moderate volatility
   *     (ai-hedge-fund: 0.20)
   * @param grossExposureCap the most (longs + shorts) at market may be, as a multiple of NAV
   */
  public PositionLimits(double basePositionFraction, double grossExposureCap) {
    if (!(basePositionFraction > 0 && basePositionFraction <= 1)) {
      throw new IllegalArgumentException(
          "base position fraction must be in (0, 1], was " + basePositionFraction);
    }
    if (!(grossExposureCap > 0)) {
      throw new IllegalArgumentException(
          "gross exposure cap must be positive: " + grossExposureCap);
    }
    this.basePositionFraction = basePositionFraction;
    this.grossExposureCap = grossExposureCap;
  }

  public double grossExposureCap() {
    return grossExposureCap;
  }

  /**
   * Returns each ticker's limit, given its closes (oldest first, the last one being today's
   * reference price), the portfolio and the latest prices of every held ticker.
   */
  public Map<String, RiskLimit> limits(
      Map<String, List<Double>> closes, Portfolio portfolio, Map<String, Double> prices) {
    double nav = portfolio.netAssetValue(prices);
    Map<String, double[]> returns = new LinkedHashMap<>();
    closes.forEach(
        (ticker, series) ->
            returns.put(ticker, Returns.lastSimpleReturns(series, VOLATILITY_WINDOW)));
    double gross = grossExposure(portfolio, prices);
    double grossRoom = Math.max(0, grossExposureCap * nav - gross);

    Map<String, RiskLimit> limits = new LinkedHashMap<>();
    for (var entry : closes.entrySet()) {
      String ticker = entry.getKey();
      List<Double> series = entry.getValue();
      if (series.isEmpty()) {
        continue;
      }
      double price = series.getLast();
      double volatility = Returns.annualisedVolatility(returns.get(ticker));
      double correlation = averageCorrelationWithHoldings(ticker, returns, portfolio);
      double fraction =
          clamp(basePositionFraction * volatilityMultiplier(volatility), MIN_FRACTION, MAX_FRACTION)
              * correlationMultiplier(correlation);
      double maxValue = Math.max(0, nav) * fraction;
      Position position = portfolio.position(ticker);
      // Closing shares only lowers exposure, so it is always allowed; opening shares must fit
      // under the position limit, the gross exposure room and (for buys) the cash.
      double longRoom = Math.min(maxValue - position.longQuantity() * price, grossRoom);
      double shortRoom = Math.min(maxValue - position.shortQuantity() * price, grossRoom);
      long opensLong = wholeShares(Math.min(longRoom, portfolio.cash()), price);
      long opensShort = wholeShares(shortRoom, price);
      limits.put(
          ticker,
          new RiskLimit(
              ticker,
              price,
              volatility,
              correlation,
              fraction,
              maxValue,
              Math.max(0, Math.max(longRoom, shortRoom)),
              position.shortQuantity() + opensLong,
              position.longQuantity() + opensShort));
    }
    return limits;
  }

  /**
   * ai-hedge-fund's volatility multiplier: 1.25 below 15% annual volatility, falling linearly to
   * 0.925 at 30%, from 0.75 to 0.65 between 30% and 50%, and 0.5 above. Unknown volatility (too
   * little history) is treated as high.
   */
  static double volatilityMultiplier(double volatility) {
    if (Double.isNaN(volatility)) {
      return 0.5;
    }
    if (volatility < 0.15) {
      return 1.25;
    }
    if (volatility < 0.30) {
      return 1.0 - (volatility - 0.15) * 0.5;
    }
    if (volatility < 0.50) {
      return 0.75 - (volatility - 0.30) * 0.5;
    }
    return 0.5;
  }

  /**
   * ai-hedge-fund's correlation multiplier: 0.70 at an average correlation of 0.8 or more with the
   * holdings, 0.85 from 0.6, 1.0 from 0.4, 1.05 from 0.2, 1.10 below; 1.0 when nothing else is
   * held.
   */
  static double correlationMultiplier(double correlation) {
    if (Double.isNaN(correlation)) {
      return 1.0;
    }
    if (correlation >= 0.8) {
      return 0.70;
    }
    if (correlation >= 0.6) {
      return 0.85;
    }
    if (correlation >= 0.4) {
      return 1.0;
    }
    return correlation >= 0.2 ? 1.05 : 1.10;
  }

  private static double averageCorrelationWithHoldings(
      String ticker, Map<String, double[]> returns, Portfolio portfolio) {
    double sum = 0;
    int count = 0;
    for (String held : portfolio.openPositions().keySet()) {
      if (held.equals(ticker) || !returns.containsKey(held)) {
        continue;
      }
      double c = Returns.correlation(returns.get(ticker), returns.get(held));
      if (!Double.isNaN(c)) {
        sum += c;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private static double grossExposure(Portfolio portfolio, Map<String, Double> prices) {
    double gross = 0;
    for (var entry : portfolio.openPositions().entrySet()) {
      Double price = prices.get(entry.getKey());
      if (price != null) {
        Position p = entry.getValue();
        gross += (p.longQuantity() + p.shortQuantity()) * price;
      }
    }
    return gross;
  }

  private static long wholeShares(double value, double price) {
    return value <= 0 ? 0 : (long) Math.floor(value / price);
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
