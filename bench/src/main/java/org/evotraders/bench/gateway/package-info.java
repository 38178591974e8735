/**
 * The gateway's benchmark: 200 WebSocket clients on a replayed ten-ticker run (delivery latency,
 * events lost), the time from the {@code evotraders} launcher's start to its first initial_state,
 * and a mock run's resident memory, every child process started as a user starts it. Start at
 * {@link org.evotraders.bench.gateway.GatewayBench#run}; {@link
 * org.evotraders.bench.gateway.BenchClients} are the clients and {@link
 * org.evotraders.bench.gateway.ChildJvm} the launched program.
 */
package org.evotraders.bench.gateway;
