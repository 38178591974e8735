package org.evotraders.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.FillTiming;
import org.evotraders.core.fills.Side;
import org.evotraders.core.fills.TradingCosts;
import org.evotraders.core.market.Bar;
import org.evotraders.core.orders.Action;
import org.evotraders.core.orders.Order;
import org.evotraders.core.orders.Reduction;
import org.evotraders.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/**
 * Replays backtrader's own published strategy test (tests/test_strategy_unoptimized.py, stock-like
 * case) through our broker: SMA(15) close crossover on 2006-day-001, 1 unit, cash 10000, market
 * orders filled at the next session's open, no commission. Expected numbers are read from
 * reference/backtrader/backtest_references.json (shared data README section 4.3).
 *
 * <p>Backtrader's semantics, as the JSON states them, map onto our incremental orders: an entry
 * while flat is {@code long 1}; an exit while long is {@code short 1}, which sells the long first
 * and, the quantity being used up, opens no short; the final value marks the last long unit at the
 * last close.
 */
class BacktraderSmaCrossReferenceTest {

  private static final String TICKER = "IDX";
  private static final int PERIOD = 15;

  @Test
  void reproducesBacktradersStockLikeSmaCrossoverToTheCent() throws IOException {
    Path dir = Path.of(System.getProperty("evotraders.shared.data"), "reference", "backtrader");
    JsonNode expected =
        new ObjectMapper()
            .readTree(dir.resolve("backtest_references.json").toFile())
            .get("backtrader_sma15_cross_2006_upstream")
            .get("expected");
    List<Bar> bars = readBars(dir.resolve("2006-day-001.csv"));
    Map<String, List<Bar>> barsByTicker = Map.of(TICKER, bars);

    Portfolio portfolio = new Portfolio(10_000);
    SimulatedBroker broker = new SimulatedBroker(FillTiming.NEXT_SESSION_OPEN, TradingCosts.NONE);
    int[] cross = crossOver(bars);
    List<String> buySignalCloses = new ArrayList<>();
    List<String> sellSignalCloses = new ArrayList<>();
    List<Fill> fills = new ArrayList<>();
    List<Reduction> reductions = new ArrayList<>();
    // Backtrader's strategy starts once the crossover has a value: bar 15 (0-based).
    for (int t = PERIOD; t < bars.size(); t++) {
      boolean flat = portfolio.position(TICKER).isFlat();
      Order order = null;
      if (flat && cross[t] > 0) {
        order = new Order(TICKER, Action.LONG, 1);
        buySignalCloses.add(cents(bars.get(t).close()));
      } else if (!flat && cross[t] < 0) {
        order = new Order(TICKER, Action.SHORT, 1);
        sellSignalCloses.add(cents(bars.get(t).close()));
      }
      if (order != null) {
        ExecutionReport report =
            broker.execute(portfolio, bars.get(t).date(), List.of(order), barsByTicker);
        fills.addAll(report.fills());
        reductions.addAll(report.reductions());
      }
    }

    assertThat(buySignalCloses)
        .containsExactlyElementsOf(strings(expected.get("buy_created_at_close")));
    assertThat(sellSignalCloses)
        .containsExactlyElementsOf(strings(expected.get("sell_created_at_close")));
    assertThat(pricesOf(fills, Side.BUY))
        .containsExactlyElementsOf(strings(expected.get("buy_executed_at_open")));
    assertThat(pricesOf(fills, Side.SELL))
        .containsExactlyElementsOf(strings(expected.get("sell_executed_at_open")));
    assertThat(fills).noneMatch(fill -> fill.side() == Side.SHORT || fill.side() == Side.COVER);
    assertThat(reductions).isEmpty();

    double lastClose = bars.getLast().close();
    assertThat(lastClose).isEqualTo(expected.get("last_close").asDouble());
    JsonNode stockLike = expected.get("stocklike");
    assertThat(portfolio.position(TICKER).longQuantity()).isEqualTo(1);
    assertThat(cents(portfolio.cash())).isEqualTo(cents(stockLike.get("final_cash").asDouble()));
    assertThat(cents(portfolio.netAssetValue(Map.of(TICKER, lastClose))))
        .isEqualTo(cents(stockLike.get("final_value").asDouble()));
  }

  /**
   * Returns backtrader's CrossOver(close, SMA15) per bar, as the JSON's rules state it: +1 where
   * close > SMA and the last non-zero close−SMA difference before was negative, −1 symmetrically.
   */
  private static int[] crossOver(List<Bar> bars) {
    int[] cross = new int[bars.size()];
    double lastNonZero = 0;
    for (int t = PERIOD - 1; t < bars.size(); t++) {
      double sum = 0;
      for (int k = t - PERIOD + 1; k <= t; k++) {
        sum += bars.get(k).close();
      }
      double difference = bars.get(t).close() - sum / PERIOD;
      if (t >= PERIOD) {
        if (lastNonZero < 0 && difference > 0) {
          cross[t] = 1;
        } else if (lastNonZero > 0 && difference < 0) {
          cross[t] = -1;
        }
      }
      if (difference != 0) {
        lastNonZero = difference;
      }
    }
    return cross;
  }

  private static List<Bar> readBars(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<Bar> bars = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      bars.add(
          new Bar(
              TICKER,
              LocalDate.parse(f[0]),
              Double.parseDouble(f[1]),
              Double.parseDouble(f[2]),
              Double.parseDouble(f[3]),
              Double.parseDouble(f[4]),
              Long.parseLong(f[5])));
    }
    return bars;
  }

  private static List<String> pricesOf(List<Fill> fills, Side side) {
    return fills.stream().filter(f -> f.side() == side).map(f -> cents(f.price())).toList();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static String cents(double value) {
    return "%.2f".formatted(value);
  }
}
