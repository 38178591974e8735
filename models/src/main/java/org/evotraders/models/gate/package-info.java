/**
 * The gate every model call passes: cache, per-provider limits, retries, answer reading with one
 * repair, fallback and cost booking.
 *
 * <p>Start with {@link org.evotraders.models.gate.ModelGate}; tune it with {@link
 * org.evotraders.models.gate.GateLimits} and {@link org.evotraders.models.gate.RetrySchedule}. The
 * response cache is an SQLite file migrated by Flyway from {@code db/model-cache}.
 */
package org.evotraders.models.gate;
