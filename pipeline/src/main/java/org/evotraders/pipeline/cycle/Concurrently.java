package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent turns (the four analysts, their conference replies, their predictions) at the
 * same time on virtual threads and returns the results in the order of the inputs, so the events
 * they lead to are recorded in the same order on every run.
 */
final class Concurrently {

  private Concurrently() {}

  static <I, O> List<O> map(List<I> inputs, Function<I, O> work) {
    if (inputs.size() <= 1) {
      return inputs.stream().map(work).toList();
    }
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<O>> futures = new ArrayList<>();
      for (I input : inputs) {
        futures.add(executor.submit(() -> work.apply(input)));
      }
      List<O> results = new ArrayList<>(inputs.size());
      for (Future<O> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the team was working", e);
    }
  }
}
