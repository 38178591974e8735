/**
 * The fundamentals analyst's tools: profitability, growth, financial health, valuation ratios and
 * efficiency, each a pure function of the trailing-twelve-month financial metrics handed to it.
 *
 * <p>Start at {@link org.evotraders.analysis.fundamentals.FundamentalTools}: {@code all(ticker,
 * metrics)} returns one {@link org.evotraders.analysis.ToolResult} per tool. The ratio tools vote
 * with ai-hedge-fund's thresholds ({@code ThresholdVote}); {@link
 * org.evotraders.analysis.fundamentals.TrailingTwelveMonths} picks the ttm records, newest first,
 * for this package and the valuation tools.
 */
package org.evotraders.analysis.fundamentals;
