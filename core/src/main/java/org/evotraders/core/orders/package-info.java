/**
 * What the portfolio manager asks for. Start at {@link org.evotraders.core.orders.Order}: an
 * incremental decision per ticker ({@link org.evotraders.core.orders.Action} long, short or hold
 * and a share count). When the broker cannot execute all of it, the shortfall is a {@link
 * org.evotraders.core.orders.Reduction} with a stable code, never a silent drop.
 */
package org.evotraders.core.orders;
