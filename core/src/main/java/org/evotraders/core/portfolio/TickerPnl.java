package org.evotraders.core.portfolio;

/**
 * The profit of one ticker so far. {@code realized} sums the sells of longs and covers of shorts
 * against their average cost, net of those fills' commissions; {@code unrealized} marks the shares
 * still held at a given price; {@code openingCommissions} are the commissions of buys and short
 * sales, which neither figure includes. Summed over tickers, realized + unrealized −
 * openingCommissions equals the change of net asset value since the start.
 */
public record TickerPnl(
    String ticker, double realized, double unrealized, double openingCommissions) {}
