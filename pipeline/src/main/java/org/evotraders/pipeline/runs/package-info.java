/**
 * The run folder {@code runs/<run_id>/}: its configuration ({@link
 * org.evotraders.pipeline.runs.Bootstrap}, {@link org.evotraders.pipeline.runs.RunConfig}), its
 * append-only event log ({@link org.evotraders.pipeline.runs.EventLog}, one JSON object per line by
 * {@link org.evotraders.pipeline.runs.EventCodec}) and atomic rewrites of its projections.
 */
package org.evotraders.pipeline.runs;
