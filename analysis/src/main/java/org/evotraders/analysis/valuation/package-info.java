/**
 * The valuation analyst's tools: DCF, owner earnings, EV/EBITDA and residual income, each setting
 * an intrinsic value against the market cap, and ai-hedge-fund's weighted consensus of them.
 *
 * <p>Start at {@link org.evotraders.analysis.valuation.ValuationTools}. Each method lives in its
 * own class ({@code DiscountedCashFlowValuation}, ...), sharing {@code Projection} for the
 * discounting, {@code GrowthAssumption} for the clamped growth rate and {@code ValueGap} for the
 * gap, its label, signal and text.
 */
package org.evotraders.analysis.valuation;
