package org.evotraders.data.cache;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An inclusive range of calendar days, {@code first <= last}. */
record DateRange(LocalDate first, LocalDate last) {

  DateRange {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("date range ends " + last + " before it starts " + first);
    }
  }

  /** Returns the ranges joined where they overlap or touch, in date order. */
  static List<DateRange> merge(List<DateRange> ranges) {
    List<DateRange> merged = new ArrayList<>();
    ranges.stream()
        .sorted(Comparator.comparing(DateRange::first))
        .forEach(
            range -> {
              int lastIndex = merged.size() - 1;
              if (lastIndex >= 0
                  && !range.first().isAfter(merged.get(lastIndex).last().plusDays(1))) {
                DateRange previous = merged.get(lastIndex);
                LocalDate end =
                    range.last().isAfter(previous.last()) ? range.last() : previous.last();
                merged.set(lastIndex, new DateRange(previous.first(), end));
              } else {
                merged.add(range);
              }
            });
    return merged;
  }

  /** Returns the parts of this range that none of {@code covered} contains, in date order. */
  List<DateRange> minus(List<DateRange> covered) {
    List<DateRange> gaps = new ArrayList<>();
    LocalDate next = first;
    for (DateRange range : merge(covered)) {
      if (range.last().isBefore(next)) {
        continue;
      }
      if (range.first().isAfter(last)) {
        break;
      }
      if (range.first().isAfter(next)) {
        gaps.add(new DateRange(next, range.first().minusDays(1)));
      }
      next = range.last().plusDays(1);
    }
    if (!next.isAfter(last)) {
      gaps.add(new DateRange(next, last));
    }
    return gaps;
  }
}
