/**
 * The report a user gets when a run ends: printed in the terminal and written as a self-contained
 * HTML file with charts into the run folder.
 *
 * <p>Start at {@link org.evotraders.pipeline.report.RunSummary}: the pipeline fills it with the
 * run's figures (core's {@link org.evotraders.core.metrics.PerformanceReport} of the team and of
 * each baseline), its NAV series, daily position snapshots, the analyst leaderboard and model
 * spending. {@link org.evotraders.pipeline.report.TerminalReport#render} turns it into aligned text
 * and {@link org.evotraders.pipeline.report.HtmlReport#render} (or {@code write}) into
 * runs/&lt;run_id&gt;/ report.html. Both format the same tables, built once in {@code ReportTables}
 * with the number formats of {@code Figures}; no figure is recomputed here. Charts are SVG drawn by
 * {@code LineChart}, each line downsampled to at most 1,000 points keeping every bucket's extremes.
 */
package org.evotraders.pipeline.report;
