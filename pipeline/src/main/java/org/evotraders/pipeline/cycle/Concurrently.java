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
    List<Future<O>> futures = start(inputs, work);
    // Every turn ends before this returns or throws, as when each group closed its own executor.
    List<O> results = new ArrayList<>(inputs.size());
    RuntimeException failure = null;
    for (Future<O> future : futures) {
      try {
        results.add(result(future));
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  /**
   * Starts the work on every input at once and returns without waiting: the pending results, in the
   * order of the inputs, for {@link #result}.
   */
  static <I, O> List<Future<O>> start(List<I> inputs, Function<I, O> work) {
    List<Future<O>> futures = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      futures.add(TURNS.submit(() -> work.apply(input)));
    }
    return futures;
  }

  /** Waits until every started turn has ended, whatever each returned or threw. */
  static void await(List<? extends Future<?>> futures) {
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (ExecutionException unused) {
        // the turn's result is not wanted, nor its failure
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the team was working", e);
      }
    }
  }

  /** Waits for a started turn and returns its result, or throws what it threw. */
  static <O> O result(Future<O> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the team was working", e);
    }
  }
}
