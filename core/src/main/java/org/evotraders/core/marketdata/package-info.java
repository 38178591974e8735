/**
 * Market data as the analysts see it: prices, financial metrics, statement line items, insider
 * trades, news and market capitalisation. {@link org.evotraders.core.marketdata.MarketData} is the
 * port adapters implement; the rest of the system reads through a point-in-time view bound to a
 * decision time, so nothing after that time can leak into a decision. {@link
 * org.evotraders.core.marketdata.QuoteSource} is the port of live quotes a live run polls.
 */
package org.evotraders.core.marketdata;
