package org.evotraders.core.engine;

import org.evotraders.core.fills.Side;

/**
 * One executable part of an order: a cover or sell of existing shares, or a buy or short of new
 * ones, at {@code price} (slippage included) with its {@code commission}.
 */
public record Leg(Side side, long quantity, double price, double commission) {}
