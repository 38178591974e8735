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
    return bars.subList(firstOnOrAfter(from), firstOnOrAfter(to.plusDays(1)));
  }

  private int firstOnOrAfter(LocalDate date) {
    int low = 0;
    int high = bars.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (bars.get(middle).date().isBefore(date)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
