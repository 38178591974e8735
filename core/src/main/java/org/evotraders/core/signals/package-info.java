/**
 * What analysts say: signals with confidence and reasoning ({@link
 * org.evotraders.core.signals.AnalystSignal}) and next-session predictions ({@link
 * org.evotraders.core.signals.Prediction}) that the leaderboard scores.
 */
package org.evotraders.core.signals;
