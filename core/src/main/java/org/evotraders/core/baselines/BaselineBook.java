package org.evotraders.core.baselines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;
import org.evotraders.core.metrics.NavSeries;

/** Cash, whole-share holdings and the close-by-close value series of one baseline. */
final class BaselineBook {

  private final String owner;
  private final double initialCash;
  private final TradingCosts costs;
  private final Map<String, Long> shares = new HashMap<>();
  private final Map<String, Double> lastClose = new HashMap<>();
  private final List<LocalDate> dates = new ArrayList<>();
  private final List<Double> values = new ArrayList<>();
  private double cash;

  BaselineBook(String owner, double initialCash, TradingCosts costs) {
    if (!(initialCash > 0) || Double.isInfinite(initialCash)) {
      throw new IllegalArgumentException(
          owner + " needs positive finite initial cash, got " + initialCash);
    }
    this.owner = owner;
    this.initialCash = initialCash;
    this.costs = costs;
    this.cash = initialCash;
  }

  /** Refuses a session that does not follow the last one, or bars of another ticker or date. */
  void open(LocalDate session, Map<String, Bar> bars) {
    if (!dates.isEmpty() && !session.isAfter(dates.getLast())) {
      throw new IllegalArgumentException(
          "%s got session %s after %s: feed sessions in increasing date order"
              .formatted(owner, session, dates.getLast()));
    }
    bars.forEach(
        (ticker, bar) -> {
          if (!bar.ticker().equals(ticker) || !bar.date().equals(session)) {
            throw new IllegalArgumentException(
                "%s got the bar of %s on %s under key %s for session %s: key bars by their own ticker and date"
                    .formatted(owner, bar.ticker(), bar.date(), ticker, session));
          }
        });
  }

  /** Returns the date of the last settled session, or null before the first. */
  LocalDate lastSession() {
    return dates.isEmpty() ? null : dates.getLast();
  }

  /**
   * Buys as many whole shares at the bar's open as {@code budget} pays for, slippage and commission
   * included, never spending more than the cash held.
   */
  void buy(Bar bar, double budget) {
    double price = costs.buyPrice(bar.open());
    double spendable = Math.min(budget, cash);
    // Commission is affine in quantity, so two probes give its fixed and per-share parts.
    double perShare = costs.commission(2, price) - costs.commission(1, price);
    double fixed = costs.commission(1, price) - perShare;
    long quantity = (long) Math.floor((spendable - fixed) / (price + perShare));
    while (quantity > 0 && quantity * price + costs.commission(quantity, price) > spendable) {
      quantity--;
    }
    if (quantity > 0) {
      cash -= quantity * price + costs.commission(quantity, price);
      shares.merge(bar.ticker(), quantity, Long::sum);
    }
  }

  /** Sells {@code quantity} held shares at the bar's open, net of slippage and commission. */
  void sell(Bar bar, long quantity) {
    long held = shares(bar.ticker());
    if (quantity <= 0 || quantity > held) {
      throw new IllegalStateException(
          "%s cannot sell %d %s holding %d".formatted(owner, quantity, bar.ticker(), held));
    }
    double price = costs.sellPrice(bar.open());
    cash += quantity * price - costs.commission(quantity, price);
    shares.merge(bar.ticker(), -quantity, Long::sum);
    shares.remove(bar.ticker(), 0L);
  }

  long shares(String ticker) {
    return shares.getOrDefault(ticker, 0L);
  }

  /** Returns the held tickers in alphabetical order, so sales settle in the same order each run. */
  Set<String> holdings() {
    return Collections.unmodifiableSet(new TreeSet<>(shares.keySet()));
  }

  /** Returns cash plus holdings at today's opens, or last closes for tickers without a bar. */
  double valueAtOpen(Map<String, Bar> bars) {
    Map<String, Double> opens = new HashMap<>();
    bars.forEach((ticker, bar) -> opens.put(ticker, bar.open()));
    return valueAt(opens);
  }

  /** Returns cash plus holdings at {@code prices}, or last closes for tickers without one. */
  double valueAt(Map<String, Double> prices) {
    double value = cash;
    for (var holding : shares.entrySet()) {
      Double price = prices.get(holding.getKey());
      value += holding.getValue() * (price != null ? price : lastClose.get(holding.getKey()));
    }
    return value;
  }

  /** Values the book at the session's closes and appends the value to the series. */
  void close(LocalDate session, Map<String, Bar> bars) {
    bars.forEach((ticker, bar) -> lastClose.put(ticker, bar.close()));
    double value = cash;
    for (var holding : shares.entrySet()) {
      value += holding.getValue() * lastClose.get(holding.getKey());
    }
    dates.add(session);
    values.add(value);
  }

  double value() {
    return values.isEmpty() ? initialCash : values.getLast();
  }

  double initialCash() {
    return initialCash;
  }

  double cash() {
    return cash;
  }

  NavSeries history() {
    if (dates.isEmpty()) {
      throw new IllegalStateException(owner + " has no settled session yet: call onSession first");
    }
    return new NavSeries(dates, values);
  }
}
