package org.evotraders.core.fills;

import java.time.LocalDate;

/**
 * One execution: {@code quantity} shares of {@code ticker} at {@code price} (slippage included) in
 * {@code session}, paying {@code commission}. The id is unique within a run; a portfolio refuses an
 * id it has already applied.
 */
public record Fill(
    String fillId,
    LocalDate session,
    String ticker,
    Side side,
    long quantity,
    double price,
    double commission) {

  public Fill {
    if (fillId == null || fillId.isBlank()) {
      throw new IllegalArgumentException("fill of " + ticker + " needs an id");
    }
    if (session == null || ticker == null || side == null) {
      throw new IllegalArgumentException("fill " + fillId + " needs a session, ticker and side");
    }
    if (quantity <= 0) {
      throw new IllegalArgumentException(
          "fill %s has quantity %d: a fill moves at least one share".formatted(fillId, quantity));
    }
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new IllegalArgumentException("fill %s has price %s".formatted(fillId, price));
    }
    if (!(commission >= 0) || Double.isInfinite(commission)) {
      throw new IllegalArgumentException("fill %s has commission %s".formatted(fillId, commission));
    }
  }
}
