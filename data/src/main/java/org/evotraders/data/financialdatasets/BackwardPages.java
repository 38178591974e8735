package org.evotraders.data.financialdatasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Collects a dated listing that the API returns newest first and cuts at a page size, by asking
 * again with the end date moved back to the oldest date seen (as ai-hedge-fund pages insider trades
 * and news). The records of that oldest date are dropped before asking again, because the next page
 * repeats them all.
 */
final class BackwardPages {

  private BackwardPages() {}

  /**
   * Returns every record dated in {@code [from, to]}, in the order the pages gave them.
   *
   * @param page asks for one page of records dated in {@code [from, end]}
   */
  static <T> List<T> collect(
      LocalDate from,
      LocalDate to,
      int pageSize,
      Function<T, LocalDate> dateOf,
      BiFunction<LocalDate, LocalDate, List<T>> page) {
    List<T> all = new ArrayList<>();
    LocalDate end = to;
    while (!end.isBefore(from)) {
      List<T> batch = page.apply(from, end);
      all.addAll(batch);
      if (batch.size() < pageSize) {
        break;
      }
      LocalDate oldest = batch.stream().map(dateOf).min(Comparator.naturalOrder()).orElseThrow();
      if (oldest.equals(end)) {
        // One day fills a whole page: the API cannot page inside a day, so move on to the day
        // before.
        end = oldest.minusDays(1);
      } else {
        all.removeIf(record -> dateOf.apply(record).equals(oldest));
        end = oldest;
      }
    }
    return all;
  }
}
