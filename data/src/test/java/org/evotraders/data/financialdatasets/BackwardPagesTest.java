package org.evotraders.data.financialdatasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackwardPagesTest {

  private record Filing(String id, LocalDate filed) {}

  private static LocalDate march(int day) {
    return LocalDate.of(2024, 3, day);
  }

  /** Answers like the provider: records filed in [start, end], newest first, cut at pageSize. */
  private static List<Filing> page(List<Filing> all, LocalDate start, LocalDate end, int size) {
    return all.stream()
        .filter(f -> !f.filed().isBefore(start) && !f.filed().isAfter(end))
        .sorted(Comparator.comparing(Filing::filed).reversed())
        .limit(size)
        .toList();
  }

  @Test
  void collectsEveryRecordOnceAcrossPages() {
    List<Filing> all =
        List.of(
            new Filing("a", march(8)),
            new Filing("b", march(7)),
            new Filing("c", march(7)),
            new Filing("d", march(5)),
            new Filing("e", march(5)),
            new Filing("f", march(4)),
            new Filing("g", march(1)));
    List<LocalDate> ends = new ArrayList<>();

    List<Filing> collected =
        BackwardPages.collect(
            march(1),
            march(8),
            3,
            Filing::filed,
            (start, end) -> {
              ends.add(end);
              return page(all, start, end, 3);
            });

    assertThat(collected).containsExactlyInAnyOrderElementsOf(all);
    // Pages: {a,b,c} -> ask again up to 03-07 without b,c; {b,c,d} -> up to 03-05; {d,e,f} -> up
    // to 03-04; {f,g} is short, done.
    assertThat(ends).containsExactly(march(8), march(7), march(5), march(4));
  }

  @Test
  void stopsAfterAShortPage() {
    List<Filing> all = List.of(new Filing("a", march(8)));
    List<LocalDate> ends = new ArrayList<>();

    BackwardPages.collect(
        march(1),
        march(8),
        3,
        Filing::filed,
        (start, end) -> {
          ends.add(end);
          return page(all, start, end, 3);
        });

    assertThat(ends).containsExactly(march(8));
  }

  @Test
  void movesToTheDayBeforeWhenOneDayFillsAPage() {
    List<Filing> all =
        List.of(
            new Filing("a", march(8)),
            new Filing("b", march(8)),
            new Filing("c", march(8)),
            new Filing("d", march(6)));

    List<Filing> collected =
        BackwardPages.collect(
            march(1), march(8), 2, Filing::filed, (start, end) -> page(all, start, end, 2));

    // The API cannot page within 2024-03-08, so only two of its three records come back.
    assertThat(collected).extracting(Filing::id).containsExactly("a", "b", "d");
  }
}
