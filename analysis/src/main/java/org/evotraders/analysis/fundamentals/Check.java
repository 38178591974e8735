package org.evotraders.analysis.fundamentals;

import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * One threshold test of a fundamental vote, e.g. "ROE 156.0% > 15%: passed".
 *
 * @param description the figure and the rule, readable in a prompt
 * @param outcome passed, failed, or missing when the figure is absent
 */
record Check(String description, Outcome outcome) {

  enum Outcome {
    PASSED,
    FAILED,
    MISSING
  }

  /** Returns a check of a ratio shown as a percentage, e.g. a margin above 20%. */
  static Check percent(String label, OptionalDouble value, String rule, DoublePredicate passes) {
    String shown = value.isPresent() ? "%.1f%%".formatted(value.getAsDouble() * 100) : "n/a";
    return of(label + " " + shown + " (" + rule + ")", value, passes);
  }

  /** Returns a check of a plain ratio, e.g. a current ratio above 1.5. */
  static Check ratio(String label, OptionalDouble value, String rule, DoublePredicate passes) {
    String shown = value.isPresent() ? "%.2f".formatted(value.getAsDouble()) : "n/a";
    return of(label + " " + shown + " (" + rule + ")", value, passes);
  }

  private static Check of(String description, OptionalDouble value, DoublePredicate passes) {
    if (value.isEmpty()) {
      return new Check(description + ": missing", Outcome.MISSING);
    }
    boolean passed = passes.test(value.getAsDouble());
    return new Check(
        description + (passed ? ": yes" : ": no"), passed ? Outcome.PASSED : Outcome.FAILED);
  }
}
