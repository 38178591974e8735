package org.evotraders.agents.team;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Indexes a model's per-ticker answers by ticker as the pipeline spells it (trimmed, upper case). A
 * ticker answered twice keeps its first answer; tickers the pipeline did not ask about are simply
 * never looked up.
 */
final class AnswersByTicker {

  private AnswersByTicker() {}

  static <T> Map<String, T> of(List<T> answers, Function<T, String> ticker) {
    Map<String, T> byTicker = new HashMap<>();
    for (T answer : answers) {
      byTicker.putIfAbsent(ticker.apply(answer).trim().toUpperCase(Locale.ROOT), answer);
    }
    return byTicker;
  }
}
