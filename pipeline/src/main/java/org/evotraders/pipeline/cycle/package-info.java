/**
 * The team's trading day and the runs that walk through days. Start at {@link
 * org.evotraders.pipeline.cycle.DailyCycle}: the stages of one day, the same in every mode. {@link
 * org.evotraders.pipeline.cycle.SimulatedRun} walks the exchange's sessions for backtests and mock
 * runs and resumes from the event log; {@link org.evotraders.pipeline.cycle.SessionMarket} is where
 * a day's open and close prices come from.
 */
package org.evotraders.pipeline.cycle;
