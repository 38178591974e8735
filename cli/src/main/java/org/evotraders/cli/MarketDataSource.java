package org.evotraders.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.data.cache.CachedMarketData;
import org.evotraders.data.cache.MarketDataStore;
import org.evotraders.data.cache.StoredMarketData;
import org.evotraders.data.csv.CsvMarketData;
import org.evotraders.data.financialdatasets.FinancialDatasetsClient;
import org.evotraders.data.financialdatasets.FinancialDatasetsConfig;
import org.evotraders.data.finnhub.FinnhubClient;
import org.evotraders.data.finnhub.FinnhubConfig;
import org.evotraders.data.synthetic.SyntheticMarket;

/**
 * The market data a command reads, chosen by the {@code --data} word: {@code mock} (the seeded
 * synthetic market), {@code csv:DIR}, {@code cache} (bars imported with {@code data import}),
 * {@code financialdatasets} or {@code finnhub} (through the persistent cache). Holds the cache
 * database open until closed.
 */
public record MarketDataSource(String name, MarketData marketData, MarketDataStore store)
    implements AutoCloseable {

  static final String CHOICES = "mock, csv:DIR, cache, financialdatasets or finnhub";

  /**
   * Opens the source {@code spec}; fails before anything starts when it is unknown, a folder is
   * missing or a provider's key is not set in {@code env}.
   */
  static MarketDataSource open(
      String spec, Path dataDir, Map<String, String> env, long seed, List<String> tickers) {
    if (spec.equals("mock")) {
      SyntheticMarket market =
          SyntheticMarket.builder(seed)
              .sessions(TradingCalendar.nyse()::isSession)
              .tickers(tickers)
              .build();
      return new MarketDataSource("mock (seed " + seed + ")", market, null);
    }
    if (spec.startsWith("csv:")) {
      Path dir = Path.of(spec.substring("csv:".length()));
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(
            "--data " + spec + ": " + dir + " is not a folder of <TICKER>.csv files");
      }
      return new MarketDataSource(spec, new CsvMarketData(dir), null);
    }
    return switch (spec) {
      case "cache" -> {
        MarketDataStore store = MarketDataStore.open(dataDir);
        yield new MarketDataSource(
            "cache", new StoredMarketData(store, DataImportCommand.PROVIDER), store);
      }
      case "financialdatasets" -> {
        String key = required(env, FinancialDatasetsConfig.KEY_VARIABLE, spec);
        yield cached(
            spec,
            ProviderClients.financialDatasets(key, env),
            FinancialDatasetsClient.PROVIDER,
            dataDir);
      }
      case "finnhub" -> {
        String key = required(env, FinnhubConfig.KEY_VARIABLE, spec);
        yield cached(spec, ProviderClients.finnhub(key, env), FinnhubClient.PROVIDER, dataDir);
      }
      default ->
          throw new IllegalArgumentException("unknown data source '" + spec + "': use " + CHOICES);
    };
  }

  private static MarketDataSource cached(
      String spec, MarketData client, String provider, Path dataDir) {
    MarketDataStore store = MarketDataStore.open(dataDir);
    return new MarketDataSource(spec, new CachedMarketData(client, provider, store), store);
  }

  private static String required(Map<String, String> env, String variable, String spec) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "--data " + spec + " needs an API key: set " + variable + " in the environment");
    }
    return value;
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
