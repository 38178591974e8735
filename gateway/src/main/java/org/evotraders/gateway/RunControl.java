package org.evotraders.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Starts, stops and replays the runs a standalone gateway serves; the REST API under /api and
 * start_backtest call it, and the CLI implements it with its run launcher. One run plays at a time:
 * the gateway streams it, then keeps the last one's final state until the next starts.
 *
 * <p>Refusals are exceptions the API turns into statuses: {@link IllegalArgumentException} for a
 * request that cannot be served as given (400), {@link RunNotFound} (404), {@link RunConflict}
 * (409). Their messages say what to do and reach the client as they are.
 */
public interface RunControl {

  /** Returns every run under the runs folder, newest first. */
  List<RunListing> runs();

  /** Starts the run {@code request} describes and returns its id; it streams to the clients. */
  String start(RunRequest request);

  /** Asks the running run {@code id} to stop at its next day boundary; returns at once. */
  void stop(String id);

  /**
   * Returns the curves and metrics of run {@code id}: {@code {id, curves{equity, baseline, ...},
   * metrics{...}}} as frontend/README.md describes.
   */
  ObjectNode equity(String id);

  /**
   * Plays the finished run {@code id} to the clients as if it were running, {@code speed} run-clock
   * seconds per second (0 as fast as possible); returns at once.
   */
  void replay(String id, double speed);

  /** No run of that id exists. */
  final class RunNotFound extends RuntimeException {
    public RunNotFound(String message) {
      super(message);
    }
  }

  /** The request collides with what is running, e.g. a second run while one runs. */
  final class RunConflict extends RuntimeException {
    public RunConflict(String message) {
      super(message);
    }
  }
}
