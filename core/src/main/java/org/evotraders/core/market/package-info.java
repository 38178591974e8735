/**
 * Market vocabulary: instruments, daily bars, live quotes and the exchange's calendar. Start with
 * {@link org.evotraders.core.market.TradingCalendar}, which says when the market trades; every
 * clock, feed and fill in the system is aligned to its sessions.
 */
package org.evotraders.core.market;
