package org.evotraders.data.finnhub;

import org.evotraders.core.market.Quote;

/** A provider of live quotes during a session. */
public interface QuoteSource {

  /** Returns the latest quote of {@code ticker}; throws when the provider has none. */
  Quote quote(String ticker);
}
