/**
 * The synthetic market of the mock mode: start at {@link
 * org.evotraders.data.synthetic.SyntheticMarket}, a seeded, deterministic {@link
 * org.evotraders.core.marketdata.MarketData} that simulates prices ({@link
 * org.evotraders.data.synthetic.TickerProfile}, {@code PricePath}), quarterly reports ({@code
 * QuarterlyReports}, {@code FinancialRatios}), insider trades ({@code InsiderActivity}) and
 * headlines ({@code Newsroom}, {@code HeadlineBank}) so every analyst has input offline. {@link
 * org.evotraders.data.synthetic.SyntheticQuotes} walks each session's prices through the day for
 * mock mode's live quotes.
 */
package org.evotraders.data.synthetic;
