package org.evotraders.core.baselines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;
import org.evotraders.core.metrics.NavSeries;

/**
 * A rule-based portfolio fed one session at a time. Each call settles one session incrementally:
 * trades at its open if the rule says so, then values the holdings at its close.
 */
public sealed interface Baseline permits BookedBaseline {

  /** The ticker of the default index benchmark. */
  String DEFAULT_INDEX = "SPY";

  /** Returns a short name to print beside the run, e.g. "equal-weight buy and hold". */
  String name();

  /**
   * Settles one session. Sessions must come in increasing date order; {@code bars} maps tickers to
   * that session's bar and may lack tickers that did not trade.
   */
  void onSession(LocalDate session, Map<String, Bar> bars);

  /** Returns the value at the last settled close, or the initial cash before the first session. */
  double value();

  /**
   * Returns the value of the holdings of the last settled session at {@code prices} (by ticker), a
   * held ticker without one at its last close: what the baseline is worth intraday. Trades a
   * session would make are only booked when it is settled.
   */
  double valueAt(Map<String, Double> prices);

  /** Returns the cash the baseline started with. */
  double initialCash();

  /** Returns the value at each settled close; needs at least one settled session. */
  NavSeries history();

  /**
   * Returns the four standard baselines of a run: equal-weight and value-weighted buy and hold of
   * its tickers, monthly momentum over its tickers, and buy and hold of the index ticker.
   */
  static List<Baseline> standardSet(
      List<String> tickers,
      Map<String, Double> marketCaps,
      String indexTicker,
      double initialCash,
      TradingCosts costs) {
    return List.of(
        BuyAndHold.equalWeight(tickers, initialCash, costs),
        BuyAndHold.valueWeighted(tickers, marketCaps, initialCash, costs),
        new MonthlyMomentum(tickers, initialCash, costs),
        BuyAndHold.index(indexTicker, initialCash, costs));
  }
}
