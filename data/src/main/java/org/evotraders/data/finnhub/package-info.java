/**
 * The Finnhub adapter: {@link org.evotraders.data.finnhub.FinnhubClient} implements the {@link
 * org.evotraders.core.marketdata.MarketData} port and the {@link
 * org.evotraders.core.marketdata.QuoteSource} that live trading polls. Start at the client, built
 * from a {@link org.evotraders.data.finnhub.FinnhubConfig}. Response formats follow Finnhub's API
 * documentation (finnhub.io/docs/api).
 */
package org.evotraders.data.finnhub;
