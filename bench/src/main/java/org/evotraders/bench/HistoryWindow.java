package org.evotraders.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.evotraders.data.csv.CsvMarketData;

/**
 * The bars the figures read: ten large US stocks over twenty years of the shared adjusted daily
 * prices, the folder their CSV files live in, and the benchmark ticker the team also loads.
 */
record HistoryWindow(Path folder, List<String> tickers, LocalDate start, LocalDate end) {

  /** The yfinance folder under the shared data directory. */
  static final String OHLCV = "ohlcv/yfinance-adjusted-2005-2025";

  static final List<String> TEN_TICKERS =
      List.of("AAPL", "AMZN", "BRK-B", "GOOGL", "JPM", "META", "MSFT", "NVDA", "TSLA", "XOM");

  static HistoryWindow twentyYears(Path sharedData) {
    Path folder = sharedData.resolve(OHLCV);
    if (!folder.toFile().isDirectory()) {
      throw new IllegalArgumentException(
          folder + " is missing: pass --data with the shared data folder that holds " + OHLCV);
    }
    return new HistoryWindow(
        folder, TEN_TICKERS, LocalDate.of(2005, 10, 10), LocalDate.of(2025, 10, 8));
  }

  /** Returns the same tickers over the last year of this window (every ticker trades then). */
  HistoryWindow lastYear() {
    return new HistoryWindow(folder, tickers, end.minusYears(1).plusDays(1), end);
  }

  /** Returns each ticker's bars inside the window, from a fresh read of the files. */
  List<List<Bar>> bars() {
    CsvMarketData csv = new CsvMarketData(folder);
    return tickers.stream().map(t -> csv.bars(t, start, end)).toList();
  }

  /** Returns how many (ticker, session) pairs have a bar inside the window. */
  long tickerDays() {
    return bars().stream().mapToLong(List::size).sum();
  }
}
