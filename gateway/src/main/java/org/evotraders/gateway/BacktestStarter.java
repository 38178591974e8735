package org.evotraders.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Serves a client's {@code start_backtest} request: the CLI plugs its run launcher in. The gateway
 * answers {@code backtest_started} with the returned fields, or an error with the message of an
 * {@link IllegalArgumentException} thrown for a request that cannot be served.
 */
@FunctionalInterface
public interface BacktestStarter {

  /** Starts a backtest as {@code request} asks and returns what the client should know of it. */
  ObjectNode start(ObjectNode request);
}
