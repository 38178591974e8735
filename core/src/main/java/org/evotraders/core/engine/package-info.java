/**
 * Simulated execution. Start at {@link org.evotraders.core.engine.SimulatedBroker}: it prices a
 * session's orders with a fill model, sizes each with {@link
 * org.evotraders.core.engine.OrderFeasibility} (which the risk manager reuses to know what an order
 * could do), and applies the resulting fills to the portfolio.
 */
package org.evotraders.core.engine;
