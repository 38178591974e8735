/**
 * The gateway's benchmark: 200 WebSocket clients on a replayed ten-ticker run (delivery latency,
 * events lost), a child JVM's time to its first initial_state, and a mock run's resident memory.
 * Start at {@link org.evotraders.bench.gateway.GatewayBench#run}.
 */
package org.evotraders.bench.gateway;
