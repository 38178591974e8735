package org.evotraders.data.synthetic;

import java.time.LocalDate;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.data.MarketDataContractTest;

class SyntheticMarketContractTest extends MarketDataContractTest {

  private static final MarketData MARKET = SyntheticMarket.withSeed(7);

  @Override
  protected MarketData market() {
    return MARKET;
  }

  @Override
  protected String knownTicker() {
    return "MSFT";
  }

  @Override
  protected LocalDate from() {
    return LocalDate.of(2021, 1, 1);
  }

  @Override
  protected LocalDate to() {
    return LocalDate.of(2022, 12, 31);
  }
}
