package org.evotraders.pipeline.live;

import java.util.Optional;
import org.evotraders.core.market.Quote;
import org.evotraders.core.marketdata.QuoteSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's quote source as the run asks it: a quote without a positive price, or a failed request,
 * is no quote yet, so a missed poll waits for the next instead of ending the run.
 */
final class LiveQuotes {

  private static final Logger LOG = LoggerFactory.getLogger(LiveQuotes.class);

  private final QuoteSource source;

  LiveQuotes(QuoteSource source) {
    this.source = source;
  }

  /** Returns the latest quote of {@code ticker} if it has a price above zero. */
  Optional<Quote> priced(String ticker) {
    try {
      return Optional.of(source.quote(ticker)).filter(q -> q.price() > 0);
    } catch (RuntimeException e) {
      LOG.warn("no quote of {} this time: {}", ticker, e.getMessage());
      return Optional.empty();
    }
  }
}
