package org.evotraders.agents.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A settled past day that {@link AgentMemory#recall} found similar to today, ready to quote in a
 * prompt or in the feed's {@code memory} event.
 */
public record Recollection(
    LocalDate date,
    double similarity,
    String situation,
    String view,
    String outcome,
    double score) {

  private static final int SITUATION_CHARS = 240;
  private static final int VIEW_CHARS = 240;
  private static final int OUTCOME_CHARS = 160;

  /**
   * Returns one line such as {@code 2024-03-04 (similarity 0.83): <situation> | my view: <view> |
   * outcome: <outcome> (score 1.0)}, each part cut short to keep prompts small.
   */
  public String text() {
    return String.format(
        Locale.ROOT,
        "%s (similarity %.2f): %s | my view: %s | outcome: %s (score %.1f)",
        date,
        similarity,
        shortened(situation, SITUATION_CHARS),
        shortened(view, VIEW_CHARS),
        shortened(outcome, OUTCOME_CHARS),
        score);
  }

  /** Returns the recollections' lines, most similar first, one a line; empty for none. */
  public static String text(List<Recollection> recollections) {
    return recollections.stream().map(Recollection::text).collect(Collectors.joining("\n"));
  }

  /** Folds whitespace and line breaks to single spaces and cuts the text at {@code max} chars. */
  private static String shortened(String text, int max) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= max
        ? oneLine
        : oneLine.substring(0, max - 3).stripTrailing() + "...";
  }
}
