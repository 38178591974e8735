package org.evotraders.pipeline.cycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/**
 * Reads each day's bar of the run's tickers and of its benchmark from market data, once the session
 * has closed: the session market of a backtest, where execution takes the open and settlement the
 * close of the same bars.
 */
public final class SessionBars implements SessionMarket {

  private final MarketData source;
  private final List<String> tickers;

  public SessionBars(MarketData source, List<String> tickers, String benchmark) {
    this.source = source;
    this.tickers =
        tickers.contains(benchmark)
            ? List.copyOf(tickers)
            : Stream.concat(tickers.stream(), Stream.of(benchmark)).toList();
  }

  @Override
  public Map<String, Bar> atOpen(TradingDay day) {
    return of(day);
  }

  @Override
  public Map<String, Bar> atClose(TradingDay day) {
    return of(day);
  }

  Map<String, Bar> of(TradingDay day) {
    PointInTimeMarketData atClose = new PointInTimeMarketData(source, day.close());
    Map<String, Bar> bars = new LinkedHashMap<>();
    for (String ticker : tickers) {
      List<Bar> latest = atClose.bars(ticker, day.date());
      if (!latest.isEmpty() && latest.getLast().date().equals(day.date())) {
        bars.put(ticker, latest.getLast());
      }
    }
    return bars;
  }
}
