/**
 * The data plane: a WebSocket server that streams a run in the original system's protocol
 * (docs/protocol.md), with GET /health and GET /metrics. Start at {@link
 * org.evotraders.gateway.Gateway#start}; each connected client is a {@link
 * org.evotraders.gateway.ClientConnection} with its own bounded queue and sending thread, so a slow
 * client never holds up the run or the other clients. Each event is encoded once for every client
 * ({@link org.evotraders.gateway.EncodedDelivery}) and written in batches ({@link
 * org.evotraders.gateway.FrameSender}).
 *
 * <p>In standalone mode the gateway outlives runs: it streams a {@link
 * org.evotraders.gateway.feed.SwitchableFeed}, serves the dashboard at / ({@link
 * org.evotraders.gateway.WebApp}) and, given a {@link org.evotraders.gateway.RunControl}, the REST
 * API under /api ({@link org.evotraders.gateway.RunsApi}); {@link
 * org.evotraders.gateway.RunArchive} and {@link org.evotraders.gateway.RunEquity} read the runs
 * folder for it.
 */
package org.evotraders.gateway;
