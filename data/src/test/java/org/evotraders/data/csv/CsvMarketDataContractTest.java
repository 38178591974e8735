package org.evotraders.data.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.data.MarketDataContractTest;

class CsvMarketDataContractTest extends MarketDataContractTest {

  private static final MarketData MARKET =
      new CsvMarketData(
          Path.of(
              System.getProperty("evotraders.shared.data"),
              "ohlcv",
              "yfinance-adjusted-2005-2025"));

  @Override
  protected MarketData market() {
    return MARKET;
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
