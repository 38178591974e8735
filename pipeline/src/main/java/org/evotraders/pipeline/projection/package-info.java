/**
 * Projections of a run's event log: what the dashboard, the state files and the WebSocket's initial
 * state show. Start at {@link org.evotraders.pipeline.projection.RunProjection}, the fold (apply
 * each recorded event in order), then {@link org.evotraders.pipeline.projection.ProjectionFiles},
 * which writes it to the run folder in the original system's formats. Every part of the fold
 * appends or updates in O(1) per event and keeps a checkpoint at each completed day, so a resumed
 * run can void the interrupted day.
 */
package org.evotraders.pipeline.projection;
