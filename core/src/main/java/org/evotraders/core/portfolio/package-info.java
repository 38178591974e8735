/**
 * The accounts of a run. Start at {@link org.evotraders.core.portfolio.Portfolio}: cash, margin
 * held for shorts and a {@link org.evotraders.core.portfolio.Position} per ticker, changed only by
 * applying fills; {@link org.evotraders.core.portfolio.TickerPnl} reports each ticker's realized
 * and unrealized profit. Money is kept in exact decimals; see Portfolio for why.
 */
package org.evotraders.core.portfolio;
