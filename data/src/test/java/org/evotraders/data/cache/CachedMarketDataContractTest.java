package org.evotraders.data.cache;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.data.MarketDataContractTest;
import org.evotraders.data.csv.CsvMarketData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The cache keeps the port's promises when it serves the CSV set from its database. */
class CachedMarketDataContractTest extends MarketDataContractTest {

  @TempDir static Path dataDir;
  private static MarketDataStore store;
  private static MarketData market;

  @BeforeAll
  static void open() {
    store = MarketDataStore.open(dataDir);
    market =
        new CachedMarketData(
            new CsvMarketData(
                Path.of(
                    System.getProperty("evotraders.shared.data"),
                    "ohlcv",
                    "yfinance-adjusted-2005-2025")),
            "csv",
            store,
            Clock.fixed(Instant.parse("2025-06-02T16:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Override
  protected MarketData market() {
    return market;
  }

  @Override
  protected String knownTicker() {
    return "AAPL";
  }

  @Override
  protected LocalDate from() {
    return LocalDate.of(2023, 1, 1);
  }

  @Override
  protected LocalDate to() {
    return LocalDate.of(2024, 12, 31);
  }
}
