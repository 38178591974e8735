package org.evotraders.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.evotraders.core.market.Bar;
import org.evotraders.data.cache.MarketDataStore;
import org.evotraders.data.cache.StoredMarketData;
import org.evotraders.data.csv.CsvMarketData;

/**
 * Bars per second read from the CSV files (a fresh {@link CsvMarketData} each time, so every file
 * is parsed) and from the SQLite cache after importing them (one store held open, as a run does).
 */
final class BarLoading {

  private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
  private static final String PROVIDER = "csv";

  private final Path folder;
  private final ScratchFolder scratch;

  BarLoading(Path folder, ScratchFolder scratch) {
    this.folder = folder;
    this.scratch = scratch;
  }

  /** Returns the timing of reading every bar of every file of the folder. */
  Measured<Long> fromCsv(int repetitions) {
    return Measured.of(2, repetitions, () -> readAll(new CsvMarketData(folder)));
  }

  /** Imports the folder into a new cache, then returns the timing of reading every bar back. */
  Measured<Long> fromCache(int repetitions) {
    CsvMarketData csv = new CsvMarketData(folder);
    List<Bar> all = new ArrayList<>();
    csv.tickers().forEach(t -> all.addAll(csv.bars(t, EARLIEST, LATEST)));
    try (MarketDataStore store = MarketDataStore.open(scratch.resolve("cache"))) {
      store.storeBars(PROVIDER, all);
      StoredMarketData stored = new StoredMarketData(store, PROVIDER);
      return Measured.of(
          2,
          repetitions,
          () -> {
            long count = 0;
            for (String ticker : csv.tickers()) {
              count += stored.bars(ticker, EARLIEST, LATEST).size();
            }
            return count;
          });
    }
  }

  private static long readAll(CsvMarketData csv) {
    SortedSet<String> tickers = csv.tickers();
    long count = 0;
    for (String ticker : tickers) {
      count += csv.bars(ticker, EARLIEST, LATEST).size();
    }
    return count;
  }
}
