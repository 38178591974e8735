package org.evotraders.core.orders;

/**
 * The portfolio manager's verb for one ticker. {@code LONG} covers existing shorts first and buys
 * with what remains; {@code SHORT} sells existing longs first and shorts with what remains; {@code
 * HOLD} trades nothing whatever its quantity.
 */
public enum Action {
  LONG,
  SHORT,
  HOLD;

  /** Returns the action spelled {@code word} ("long", "short" or "hold", any case). */
  public static Action of(String word) {
    if (word != null) {
      for (Action action : values()) {
        if (action.name().equalsIgnoreCase(word.strip())) {
          return action;
        }
      }
    }
    throw new IllegalArgumentException("'" + word + "' is not an action: use long, short or hold");
  }
}
