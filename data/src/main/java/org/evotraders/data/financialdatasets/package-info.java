/**
 * The financialdatasets.ai adapter of the {@link org.evotraders.core.marketdata.MarketData} port
 * and of the {@link org.evotraders.core.marketdata.QuoteSource} a live run polls (the price
 * snapshot). Start at {@link org.evotraders.data.financialdatasets.FinancialDatasetsClient}, built
 * from a {@link org.evotraders.data.financialdatasets.FinancialDatasetsConfig}. Response formats
 * follow the recordings kept by the ai-hedge-fund project, and the snapshot's the provider's
 * documentation; prices are raw (not adjusted for dividends).
 */
package org.evotraders.data.financialdatasets;
