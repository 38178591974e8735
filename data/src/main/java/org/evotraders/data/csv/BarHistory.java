package org.evotraders.data.csv;

import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.market.Bar;

/** The bars of one ticker, oldest first, with inclusive date-range lookup by binary search. */
record BarHistory(List<Bar> bars) {

  List<Bar> between(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      return List.of();
    }
    return bars.subList(countBefore(from, false), countBefore(to, true));
  }

  /** Returns how many bars are dated before {@code date}, or on it too when {@code inclusive}. */
  private int countBefore(LocalDate date, boolean inclusive) {
    int low = 0;
    int high = bars.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      int order = bars.get(middle).date().compareTo(date);
      if (order < 0 || (inclusive && order == 0)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
