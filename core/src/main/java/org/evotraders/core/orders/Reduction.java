package org.evotraders.core.orders;

import java.time.LocalDate;

/**
 * Why an order executed fewer shares than it asked for. Each kind has a stable {@link #code()} for
 * logs and the wire, and the numbers behind it.
 */
public sealed interface Reduction {

  String ticker();

  /** Returns the shares the order asked for. */
  long requested();

  /** Returns the shares that could execute (covers or sells included). */
  long allowed();

  /** Returns the stable code of this kind of reduction. */
  String code();

  /** The cash left could not pay for all shares to buy at {@code price} plus commission. */
  record InsufficientCash(String ticker, long requested, long allowed, double cash, double price)
      implements Reduction {
    @Override
    public String code() {
      return "INSUFFICIENT_CASH";
    }
  }

  /** The cash left could not hold the margin of all shares to short, plus commission. */
  record InsufficientMargin(
      String ticker, long requested, long allowed, double cash, double marginPerShare)
      implements Reduction {
    @Override
    public String code() {
      return "INSUFFICIENT_MARGIN";
    }
  }

  /** The fill model found no price for the order placed for {@code session}. */
  record NoFillPrice(String ticker, long requested, LocalDate session) implements Reduction {
    @Override
    public long allowed() {
      return 0;
    }

    @Override
    public String code() {
      return "NO_FILL_PRICE";
    }
  }
}
