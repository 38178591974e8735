package org.evotraders.core.baselines;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/** Portfolio weights of a set of tickers, summing to one. */
final class MarketCapWeights {

  private MarketCapWeights() {}

  /** Returns weight 1/n for each of the n distinct tickers. */
  static Map<String, Double> equal(Collection<String> tickers) {
    Map<String, Double> weights = new LinkedHashMap<>();
    distinct(tickers).forEach(ticker -> weights.put(ticker, 1.0));
    return normalised(weights);
  }

  /**
   * Returns weights proportional to market capitalisation. A ticker whose capitalisation is
   * missing, not positive or not finite gets the median of the known ones, so it weighs as a
   * typical member rather than zero; when none is known the weights are equal.
   */
  static Map<String, Double> of(Collection<String> tickers, Map<String, Double> marketCaps) {
    double[] known =
        distinct(tickers).stream()
            .map(marketCaps::get)
            .filter(cap -> cap != null && cap > 0 && Double.isFinite(cap))
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
    if (known.length == 0) {
      return equal(tickers);
    }
    int middle = known.length / 2;
    double median = known.length % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String ticker : distinct(tickers)) {
      Double cap = marketCaps.get(ticker);
      weights.put(ticker, cap != null && cap > 0 && Double.isFinite(cap) ? cap : median);
    }
    return normalised(weights);
  }

  /** Returns the tickers without repeats, in their order; refuses an empty collection. */
  static LinkedHashSet<String> distinct(Collection<String> tickers) {
    if (tickers.isEmpty()) {
      throw new IllegalArgumentException("a baseline needs at least one ticker");
    }
    return new LinkedHashSet<>(tickers);
  }

  private static Map<String, Double> normalised(Map<String, Double> weights) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    weights.replaceAll((ticker, weight) -> weight / total);
    return weights;
  }
}
