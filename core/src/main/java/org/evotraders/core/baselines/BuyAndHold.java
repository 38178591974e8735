package org.evotraders.core.baselines;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;

/**
 * Buys fixed weights of the initial cash once and never trades again. Each ticker is bought at the
 * open of the first session it has a bar, normally the first session; until then its budget waits
 * as cash.
 */
public final class BuyAndHold extends BookedBaseline {

  private final String name;

  /** Budget in cash of each ticker not bought yet. */
  private final Map<String, Double> pendingBudgets = new LinkedHashMap<>();

  private BuyAndHold(
      String name, Map<String, Double> weights, double initialCash, TradingCosts costs) {
    super(name, initialCash, costs);
    this.name = name;
    weights.forEach((ticker, weight) -> pendingBudgets.put(ticker, weight * initialCash));
  }

  /** Returns a portfolio holding each ticker with weight 1/n. */
  public static BuyAndHold equalWeight(
      Collection<String> tickers, double initialCash, TradingCosts costs) {
    return new BuyAndHold(
        "equal-weight buy and hold", MarketCapWeights.equal(tickers), initialCash, costs);
  }

  /**
   * Returns a portfolio holding each ticker in proportion to its market capitalisation; see {@link
   * MarketCapWeights#of} for tickers whose capitalisation is unknown.
   */
  public static BuyAndHold valueWeighted(
      Collection<String> tickers,
      Map<String, Double> marketCaps,
      double initialCash,
      TradingCosts costs) {
    return new BuyAndHold(
        "value-weighted buy and hold",
        MarketCapWeights.of(tickers, marketCaps),
        initialCash,
        costs);
  }

  /** Returns a portfolio holding only the index ticker, e.g. {@link Baseline#DEFAULT_INDEX}. */
  public static BuyAndHold index(String ticker, double initialCash, TradingCosts costs) {
    return new BuyAndHold(
        "buy and hold " + ticker, MarketCapWeights.equal(List.of(ticker)), initialCash, costs);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void onSession(LocalDate session, Map<String, Bar> bars) {
    book.open(session, bars);
    pendingBudgets
        .entrySet()
        .removeIf(
            pending -> {
              Bar bar = bars.get(pending.getKey());
              if (bar == null) {
                return false;
              }
              book.buy(bar, pending.getValue());
              return true;
            });
    book.close(session, bars);
  }
}
