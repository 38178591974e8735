/**
 * The run as an event log. {@link org.evotraders.core.event.RunEvent} lists every kind of event;
 * {@link org.evotraders.core.event.RecordedEvent} is an event with its sequence number. Projections
 * (portfolio, dashboards, WebSocket state) are folds over recorded events.
 */
package org.evotraders.core.event;
