/**
 * A persistent cache of market data in an embedded SQLite database ({@code
 * <dataDir>/market-data.db}, schema by the Flyway migrations in {@code db/migration}). Start at
 * {@link org.evotraders.data.cache.CachedMarketData}, which puts a {@link
 * org.evotraders.data.cache.MarketDataStore} in front of any provider: settled history is asked of
 * the provider once and then served from the database, also after a restart.
 */
package org.evotraders.data.cache;
