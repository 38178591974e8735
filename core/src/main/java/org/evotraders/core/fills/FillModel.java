package org.evotraders.core.fills;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.evotraders.core.market.Bar;

/** Chooses the price at which an order placed for a session executes. */
public interface FillModel {

  /**
   * Returns the reference price of an order placed for {@code session}, taken from {@code bars} of
   * the order's ticker, or empty when those bars do not contain it yet.
   */
  Optional<ReferencePrice> price(LocalDate session, List<Bar> bars);
}
