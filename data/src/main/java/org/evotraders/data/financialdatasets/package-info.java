/**
 * The financialdatasets.ai adapter of the {@link org.evotraders.core.marketdata.MarketData} port.
 * Start at {@link org.evotraders.data.financialdatasets.FinancialDatasetsClient}, built from a
 * {@link org.evotraders.data.financialdatasets.FinancialDatasetsConfig}. Response formats follow
 * the recordings kept by the ai-hedge-fund project; prices are raw (not adjusted for dividends).
 */
package org.evotraders.data.financialdatasets;
