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

  /**
   * One executor for every group of turns: it starts a virtual thread per task and holds no pooled
   * threads, so it needs no closing, and a day does not pay for a new executor per group.
   */
  private static final ExecutorService TURNS = Executors.newVirtualThreadPerTaskExecutor();

  private Concurrently() {}

  static <I, O> List<O> map(List<I> inputs, Function<I, O> work) {
    if (inputs.size() <= 1) {
      return inputs.stream().map(work).toList();
    }
    List<Future<O>> futures = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      futures.add(TURNS.submit(() -> work.apply(input)));
    }
    // Every turn ends before this returns or throws, as when each group closed its own executor.
    List<O> results = new ArrayList<>(inputs.size());
    RuntimeException failure = null;
    for (Future<O> future : futures) {
      try {
        results.add(future.get());
      } catch (ExecutionException e) {
        if (failure == null) {
          failure =
              e.getCause() instanceof RuntimeException runtime
                  ? runtime
                  : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the team was working", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }
}
