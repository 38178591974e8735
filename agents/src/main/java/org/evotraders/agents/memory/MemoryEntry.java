package org.evotraders.agents.memory;

import java.time.LocalDate;

/**
 * One remembered day of one agent: the situation it saw, the view it took, the situation's
 * embedding, and the outcome once the day is settled ({@code null} before).
 */
record MemoryEntry(
    LocalDate date, String situation, String view, UnitVector vector, Outcome outcome) {

  /** What the day turned out to be, with the original's score: 1.0 right, 0.0 wrong. */
  record Outcome(String text, double score) {}

  boolean settled() {
    return outcome != null;
  }

  MemoryEntry settledAs(Outcome settlement) {
    return new MemoryEntry(date, situation, view, vector, settlement);
  }
}
