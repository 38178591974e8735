/**
 * The data plane: a WebSocket server that streams one run in the original system's protocol
 * (docs/protocol.md), with GET /health and GET /metrics. Start at {@link
 * org.evotraders.gateway.Gateway#start}; each connected client is a {@link
 * org.evotraders.gateway.ClientConnection} with its own bounded queue and sending thread, so a slow
 * client never holds up the run or the other clients.
 */
package org.evotraders.gateway;
