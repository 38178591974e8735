/**
 * Live (paper) and intraday mock runs on the same daily cycle as backtests: start at {@link
 * org.evotraders.pipeline.live.LiveRun}, configured by {@link
 * org.evotraders.pipeline.live.LiveSettings} (a {@link org.evotraders.pipeline.live.RunClock}, a
 * quote source, a {@link org.evotraders.pipeline.live.DecisionTime}, a poll interval). {@code
 * LiveSessionMarket} waits for the open and the close and builds the session's bars from quotes;
 * {@code QuotePoller} and {@code MarketStatusMonitor} record price updates and market status while
 * the run waits, and {@code IntradayMarks} the portfolio and the baselines marked at the latest
 * prices after each poll, while the book rests between the day's fills and its settlement. The
 * clocks: {@link org.evotraders.pipeline.live.WallClock} (live), {@link
 * org.evotraders.pipeline.live.AcceleratedClock} (mock), {@link
 * org.evotraders.pipeline.live.ManualClock} (virtual time for tests).
 */
package org.evotraders.pipeline.live;
