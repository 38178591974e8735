package org.evotraders.agents.memory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A window of an agent's scored calls, oldest first, and the short note it reads as: hit rate
 * overall and per ticker, the current streak and the biggest miss. Pure arithmetic on the calls, so
 * the same record always gives the same note.
 */
record TrackRecord(List<ScoredCall> calls) {

  TrackRecord {
    if (calls.isEmpty()) {
      throw new IllegalArgumentException("a track record needs at least one scored call");
    }
    calls = List.copyOf(calls);
  }

  /**
   * Returns e.g. {@code Last 3 scored calls (2024-03-01 to 2024-03-04): 2 right, 1 wrong (67%). By
   * ticker: AAPL 1 of 2 (50%), MSFT 1 of 1 (100%). Streak: last 2 calls right. Biggest miss: UP on
   * AAPL on 2024-03-01, which fell 1.20%.}
   */
  String note() {
    long right = calls.stream().filter(ScoredCall::right).count();
    return String.format(
        Locale.ROOT,
        "Last %d scored calls (%s to %s): %d right, %d wrong (%s). By ticker: %s. Streak: %s. %s",
        calls.size(),
        calls.getFirst().date(),
        calls.getLast().date(),
        right,
        calls.size() - right,
        percent(right, calls.size()),
        byTicker(),
        streak(),
        biggestMiss());
  }

  private String byTicker() {
    Map<String, List<ScoredCall>> tickers =
        calls.stream()
            .collect(Collectors.groupingBy(ScoredCall::ticker, TreeMap::new, Collectors.toList()));
    return tickers.entrySet().stream()
        .map(
            e -> {
              long right = e.getValue().stream().filter(ScoredCall::right).count();
              int all = e.getValue().size();
              return "%s %d of %d (%s)".formatted(e.getKey(), right, all, percent(right, all));
            })
        .collect(Collectors.joining(", "));
  }

  private String streak() {
    boolean lastRight = calls.getLast().right();
    int length = 0;
    for (int i = calls.size() - 1; i >= 0 && calls.get(i).right() == lastRight; i--) {
      length++;
    }
    String outcome = lastRight ? "right" : "wrong";
    return length == 1 ? "last call " + outcome : "last %d calls %s".formatted(length, outcome);
  }

  /** Returns the wrong call with the largest move against it; of equal misses, the newest. */
  private String biggestMiss() {
    ScoredCall miss = null;
    for (ScoredCall call : calls) {
      if (!call.right()
          && (miss == null
              || Math.abs(call.openToCloseReturn()) >= Math.abs(miss.openToCloseReturn()))) {
        miss = call;
      }
    }
    if (miss == null) {
      return "No misses.";
    }
    double move = miss.openToCloseReturn();
    String how =
        move == 0
            ? "which closed flat"
            : String.format(
                Locale.ROOT, "which %s %.2f%%", move > 0 ? "rose" : "fell", Math.abs(move) * 100);
    return "Biggest miss: %s on %s on %s, %s."
        .formatted(miss.direction(), miss.ticker(), miss.date(), how);
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }
}
