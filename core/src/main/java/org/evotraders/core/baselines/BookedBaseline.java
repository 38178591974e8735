package org.evotraders.core.baselines;

import java.util.Map;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.metrics.NavSeries;

/** A baseline whose holdings, cash and closing values a {@link BaselineBook} keeps. */
abstract sealed class BookedBaseline implements Baseline permits BuyAndHold, MonthlyMomentum {

  final BaselineBook book;

  BookedBaseline(String name, double initialCash, TradingCosts costs) {
    this.book = new BaselineBook(name, initialCash, costs);
  }

  @Override
  public double value() {
    return book.value();
  }

  @Override
  public double valueAt(Map<String, Double> prices) {
    return book.valueAt(prices);
  }

  @Override
  public double initialCash() {
    return book.initialCash();
  }

  @Override
  public NavSeries history() {
    return book.history();
  }

  /** Returns the shares held of {@code ticker}. */
  long shares(String ticker) {
    return book.shares(ticker);
  }
}
