package org.evotraders.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The median wall-clock time of repeated runs of one piece of work, with the result of the last
 * run. Warm-up runs are thrown away first, so the JIT has compiled the hot paths.
 */
record Measured<T>(T result, long medianNanos, int repetitions) {

  static <T> Measured<T> of(int warmUps, int repetitions, Supplier<T> work) {
    return of(warmUps, repetitions, work, result -> {});
  }

  /** Times {@code work}; {@code afterEach} cleans up after every run, outside the timing. */
  static <T> Measured<T> of(int warmUps, int repetitions, Supplier<T> work, Consumer<T> afterEach) {
    if (repetitions < 1) {
      throw new IllegalArgumentException("repetitions must be at least 1, was " + repetitions);
    }
    for (int i = 0; i < warmUps; i++) {
      afterEach.accept(work.get());
    }
    List<Long> nanos = new ArrayList<>();
    T result = null;
    for (int i = 0; i < repetitions; i++) {
      long start = System.nanoTime();
      result = work.get();
      nanos.add(System.nanoTime() - start);
      afterEach.accept(result);
    }
    List<Long> sorted = nanos.stream().sorted().toList();
    int middle = sorted.size() / 2;
    long median =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    return new Measured<>(result, median, repetitions);
  }

  double seconds() {
    return medianNanos / 1e9;
  }

  double millis() {
    return medianNanos / 1e6;
  }

  /** Returns how many {@code units} the work handled per second of its median run. */
  double perSecond(long units) {
    return units / seconds();
  }
}
