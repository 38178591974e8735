package org.evotraders.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.evotraders.data.cache.MarketDataStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the daily bars of one ticker from a market data source. */
@Command(name = "show", description = "Print daily bars of a ticker.")
final class DataShowCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DataDirectory dataDirectory;

  @Parameters(index = "0", paramLabel = "TICKER", description = "Ticker, e.g. AAPL.")
  String ticker;

  @Option(names = "--start", required = true, description = "First day (YYYY-MM-DD).")
  LocalDate start;

  @Option(names = "--end", required = true, description = "Last day (YYYY-MM-DD).")
  LocalDate end;

  @Option(
      names = "--data",
      defaultValue = "cache",
      paramLabel = "SOURCE",
      description =
          "cache (bars imported with 'data import', the default), mock, csv:DIR,"
              + " financialdatasets or finnhub.")
  String data;

  @Override
  public void run() {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "--end %s is before --start %s: swap the dates".formatted(end, start));
    }
    String symbol = ticker.trim().toUpperCase(java.util.Locale.ROOT);
    List<Bar> bars = bars(symbol);
    if (bars.isEmpty()) {
      throw new IllegalArgumentException(
          "no bars of %s from %s to %s in %s%s"
              .formatted(
                  symbol,
                  start,
                  end,
                  data,
                  data.equals("cache")
                      ? " (import them with 'evotraders data import --csv DIR')"
                      : ""));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("date            open        high         low       close        volume");
    for (Bar bar : bars) {
      out.printf(
          "%s %11.4f %11.4f %11.4f %11.4f %13d%n",
          bar.date(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
    }
    out.printf("%d bars of %s%n", bars.size(), symbol);
  }

  private List<Bar> bars(String symbol) {
    if (data.equals("cache")) {
      try (MarketDataStore store = MarketDataStore.open(dataDirectory.path())) {
        return store.bars(DataImportCommand.PROVIDER, symbol, start, end);
      }
    }
    try (MarketDataSource source =
        MarketDataSource.open(
            data, dataDirectory.path(), Main.environment(spec), 42, List.of(symbol))) {
      return source.marketData().bars(symbol, start, end);
    }
  }
}
