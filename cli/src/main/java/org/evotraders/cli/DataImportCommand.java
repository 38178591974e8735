package org.evotraders.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.market.Bar;
import org.evotraders.data.cache.MarketDataStore;
import org.evotraders.data.csv.CsvMarketData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Imports a folder of per-ticker CSV files into the market data cache, where backtests find them
 * with {@code --data cache}. Every file is read and checked before anything is stored, so a bad row
 * anywhere leaves the cache as it was.
 */
@Command(
    name = "import",
    description = "Import a folder of <TICKER>.csv daily bars into the cache.")
final class DataImportCommand implements Runnable {

  /** The cache namespace of imported bars. */
  static final String PROVIDER = "csv";

  private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DataDirectory dataDirectory;

  @Option(
      names = "--csv",
      required = true,
      paramLabel = "DIR",
      description = "Folder with one <TICKER>.csv per ticker (header names the columns).")
  Path csvDir;

  @Override
  public void run() {
    if (!Files.isDirectory(csvDir)) {
      throw new IllegalArgumentException(
          csvDir + " is not a folder: pass a folder of <TICKER>.csv");
    }
    CsvMarketData csv = new CsvMarketData(csvDir);
    if (csv.tickers().isEmpty()) {
      throw new IllegalArgumentException("no <TICKER>.csv files in " + csvDir);
    }
    Map<String, List<Bar>> all = new LinkedHashMap<>();
    for (String ticker : csv.tickers()) {
      all.put(ticker, csv.bars(ticker, EARLIEST, LATEST));
    }
    long count = 0;
    try (MarketDataStore store = MarketDataStore.open(dataDirectory.path())) {
      store.storeBars(PROVIDER, all.values().stream().flatMap(List::stream).toList());
    }
    for (var entry : all.entrySet()) {
      List<Bar> bars = entry.getValue();
      count += bars.size();
      if (!bars.isEmpty()) {
        spec.commandLine()
            .getOut()
            .printf(
                "%-6s %5d bars  %s .. %s%n",
                entry.getKey(), bars.size(), bars.getFirst().date(), bars.getLast().date());
      }
    }
    spec.commandLine()
        .getOut()
        .printf(
            "imported %d bars of %d tickers into %s%n",
            count, all.size(), dataDirectory.path().resolve(MarketDataStore.FILE_NAME));
  }
}
