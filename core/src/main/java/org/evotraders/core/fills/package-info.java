/**
 * How an order becomes a fill: the fill models (which price of which session) and {@link
 * org.evotraders.core.fills.TradingCosts} (commission and slippage).
 */
package org.evotraders.core.fills;
