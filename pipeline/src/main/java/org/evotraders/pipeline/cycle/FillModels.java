package org.evotraders.pipeline.cycle;

import org.evotraders.core.fills.FillTiming;

/** The fill model names a run's configuration uses. */
public final class FillModels {

  private FillModels() {}

  /** Returns the fill model named next_open (default), same_open or close. */
  public static FillTiming of(String name) {
    return switch (name == null ? "next_open" : name) {
      case "next_open" -> FillTiming.NEXT_SESSION_OPEN;
      case "same_open" -> FillTiming.SAME_SESSION_OPEN;
      case "close" -> FillTiming.SAME_SESSION_CLOSE;
      default ->
          throw new IllegalArgumentException(
              "unknown fill model '" + name + "': use next_open, same_open or close");
    };
  }
}
