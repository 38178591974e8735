package org.evotraders.core.baselines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;

/**
 * Holds, in equal weights, the better half of the tickers by 20-session return, chosen again at the
 * open of the first session of each month.
 *
 * <p>The 20-session return of a ticker on a rebalance session is {@code close[t-1] / close[t-21] -
 * 1} over its last 21 closes before that session, so the choice uses nothing the open does not
 * know. Only tickers with a bar that session and 21 earlier closes are ranked, highest return first
 * and ties by ticker; the top {@code ceil(k / 2)} of the {@code k} ranked are held. Until some
 * ticker has 21 closes the portfolio stays in cash; {@link #warmUp} feeds earlier bars so that it
 * can start on the first session.
 *
 * <p>A rebalance sells every holding that left the top half, sells the excess whole shares of
 * holdings above the equal target (portfolio value at the open divided by the number held), then
 * buys up to the target with the cash available. A holding without a bar that session cannot trade
 * and waits for the next rebalance.
 */
public final class MonthlyMomentum extends BookedBaseline {

  static final int LOOKBACK_SESSIONS = 20;

  private static final String NAME = "monthly momentum, top half by 20-session return";

  private final Set<String> tickers;

  /** The last LOOKBACK_SESSIONS + 1 closes of each ticker, oldest first. */
  private final Map<String, Deque<Double>> closes = new LinkedHashMap<>();

  /** Returns a momentum portfolio over {@code tickers} starting with {@code initialCash}. */
  public MonthlyMomentum(Collection<String> tickers, double initialCash, TradingCosts costs) {
    super(NAME, initialCash, costs);
    this.tickers = Set.copyOf(MarketCapWeights.distinct(tickers));
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Records closes of sessions before the first one, so that the first rebalance can rank; trades
   * nothing. Bars must be earlier than any settled session.
   */
  public void warmUp(Collection<Bar> earlierBars) {
    LocalDate settled = book.lastSession();
    earlierBars.stream()
        .sorted(Comparator.comparing(Bar::date))
        .forEach(
            bar -> {
              if (settled != null && !bar.date().isBefore(settled)) {
                throw new IllegalArgumentException(
                    "%s: warm-up bar of %s on %s is not before the settled session %s"
                        .formatted(name(), bar.ticker(), bar.date(), settled));
              }
              record(bar);
            });
  }

  @Override
  public void onSession(LocalDate session, Map<String, Bar> bars) {
    LocalDate previous = book.lastSession();
    book.open(session, bars);
    if (previous == null || !YearMonth.from(previous).equals(YearMonth.from(session))) {
      rebalance(bars);
    }
    bars.values().forEach(this::record);
    book.close(session, bars);
  }

  private void rebalance(Map<String, Bar> bars) {
    List<String> ranked =
        tickers.stream()
            .filter(
                t ->
                    bars.containsKey(t)
                        && closes.containsKey(t)
                        && closes.get(t).size() > LOOKBACK_SESSIONS)
            .sorted(Comparator.comparingDouble(this::momentum).reversed().thenComparing(t -> t))
            .toList();
    if (ranked.isEmpty()) {
      return;
    }
    List<String> winners = ranked.subList(0, (ranked.size() + 1) / 2);
    for (String held : book.holdings()) {
      if (!winners.contains(held) && bars.containsKey(held)) {
        book.sell(bars.get(held), book.shares(held));
      }
    }
    double target = book.valueAtOpen(bars) / winners.size();
    for (String winner : winners) {
      Bar bar = bars.get(winner);
      long excess = (long) Math.floor((book.shares(winner) * bar.open() - target) / bar.open());
      if (excess > 0) {
        book.sell(bar, excess);
      }
    }
    for (String winner : winners) {
      Bar bar = bars.get(winner);
      double shortfall = target - book.shares(winner) * bar.open();
      if (shortfall > 0) {
        book.buy(bar, shortfall);
      }
    }
  }

  /** Returns close[t-1] / close[t-21] - 1 from the recorded closes. */
  double momentum(String ticker) {
    Deque<Double> window = closes.get(ticker);
    return window.getLast() / window.getFirst() - 1;
  }

  private void record(Bar bar) {
    if (!tickers.contains(bar.ticker())) {
      return;
    }
    Deque<Double> window = closes.computeIfAbsent(bar.ticker(), t -> new ArrayDeque<>());
    window.addLast(bar.close());
    if (window.size() > LOOKBACK_SESSIONS + 1) {
      window.removeFirst();
    }
  }
}
