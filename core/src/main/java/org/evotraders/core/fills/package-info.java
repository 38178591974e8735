/**
 * How an order meets the market. Start at {@link org.evotraders.core.fills.FillModel}: it picks the
 * reference price of an order placed for a session ({@link org.evotraders.core.fills.FillTiming}
 * lists the bar-based choices, next session's open by default). {@link
 * org.evotraders.core.fills.TradingCosts} turns that price into what the trader pays or receives,
 * and a {@link org.evotraders.core.fills.Fill} records the execution.
 */
package org.evotraders.core.fills;
