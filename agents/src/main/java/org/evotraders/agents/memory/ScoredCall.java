package org.evotraders.agents.memory;

import java.time.LocalDate;
import org.evotraders.core.signals.Direction;

/**
 * One settled call of an agent on one ticker: the direction it predicted (or traded: a long is
 * {@code UP}, a short {@code DOWN}) and the ticker's return from that session's open to its close.
 * As in the original, an up call is right when the close is above the open, a down call when it is
 * below; neutral calls are not scored and have no ScoredCall.
 */
public record ScoredCall(
    LocalDate date, String ticker, Direction direction, double openToCloseReturn) {

  public ScoredCall {
    if (date == null || ticker == null || ticker.isBlank()) {
      throw new IllegalArgumentException("a scored call needs its date and ticker");
    }
    if (direction != Direction.UP && direction != Direction.DOWN) {
      throw new IllegalArgumentException(
          "the call on %s on %s is %s; only UP and DOWN calls are scored"
              .formatted(ticker, date, direction));
    }
    if (!Double.isFinite(openToCloseReturn)) {
      throw new IllegalArgumentException(
          "the return of %s on %s is %s; leave out calls whose prices are unknown"
              .formatted(ticker, date, openToCloseReturn));
    }
  }

  public boolean right() {
    return direction == Direction.UP ? openToCloseReturn > 0 : openToCloseReturn < 0;
  }
}
