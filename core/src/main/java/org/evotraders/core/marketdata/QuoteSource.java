package org.evotraders.core.marketdata;

import org.evotraders.core.market.Quote;

/**
 * The port a live run polls for quotes during a session, whatever the provider (Finnhub,
 * financialdatasets.ai, the synthetic market of the mock mode).
 */
public interface QuoteSource {

  /** Returns the latest quote of {@code ticker}; throws when the provider has none. */
  Quote quote(String ticker);
}
