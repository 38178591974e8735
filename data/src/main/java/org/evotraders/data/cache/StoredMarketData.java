package org.evotraders.data.cache;

import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.PriceOnlyMarketData;

/**
 * The bars stored in the cache under one provider, read without any network source behind them:
 * what {@code evotraders data import --csv} put there. A price-only source: fundamentals, insider
 * trades, news and market cap are empty.
 */
public final class StoredMarketData implements PriceOnlyMarketData {

  private final MarketDataStore store;
  private final String provider;

  public StoredMarketData(MarketDataStore store, String provider) {
    this.store = store;
    this.provider = provider;
  }

  @Override
  public List<Bar> bars(String ticker, LocalDate from, LocalDate to) {
    return to.isBefore(from) ? List.of() : store.bars(provider, ticker, from, to);
  }
}
