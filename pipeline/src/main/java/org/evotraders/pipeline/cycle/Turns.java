package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.gate.ModelGate;

/**
 * Takes independent turns (the four analysts, their conference replies, their predictions) and
 * returns the results in the order of the inputs, so the events they lead to are recorded in the
 * same order on every run.
 *
 * <p>Turns that wait on a model over the network run at the same time on virtual threads: the day
 * then waits for the slowest call, not for their sum. Turns that do not wait (the offline model's,
 * and a rerun's answered from the response cache) run one after the other in the caller's thread:
 * each takes microseconds, less than handing it to another thread and waking the caller again.
 * Which turns wait is asked before each turn, so a rerun that reaches days the cache lacks goes
 * back to running them at once from its next turn on.
 */
final class Turns {

  /**
   * One executor for every group of turns: it starts a virtual thread per task and holds no pooled
   * threads, so it needs no closing, and a day does not pay for a new executor per group.
   */
  private static final ExecutorService VIRTUAL = Executors.newVirtualThreadPerTaskExecutor();

  private final BooleanSupplier waiting;

  /**
   * @param waiting tells, before each turn, whether the next turns will wait on a provider
   */
  Turns(BooleanSupplier waiting) {
    this.waiting = waiting;
  }

  /**
   * Returns the turns of agents that {@code models} answer through {@code gate}: they wait when a
   * model is a provider's and the gate's last call needed that provider.
   */
  static Turns answeredBy(Collection<ModelSpec> models, ModelGate gate) {
    boolean remote = models.stream().anyMatch(model -> !model.isOffline());
    return new Turns(() -> remote && !gate.lastAnswerCached());
  }

  /** Takes a turn per input, as {@link Turns} says, and returns the results in input order. */
  <I, O> List<O> take(List<I> inputs, Function<I, O> work) {
    List<O> results = new ArrayList<>(inputs.size());
    int next = 0;
    while (next < inputs.size() && !waiting.getAsBoolean()) {
      results.add(work.apply(inputs.get(next++)));
    }
    results.addAll(atOnce(inputs.subList(next, inputs.size()), work));
    return results;
  }

  private static <I, O> List<O> atOnce(List<I> inputs, Function<I, O> work) {
    if (inputs.size() <= 1) {
      return inputs.stream().map(work).toList();
    }
    List<Future<O>> futures = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      futures.add(VIRTUAL.submit(() -> work.apply(input)));
    }
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
   * Starts {@code work} on a virtual thread and returns without waiting, for {@link #result}: for
   * work that computes while the caller goes on with other work.
   */
  static <O> Future<O> inBackground(Supplier<O> work) {
    return VIRTUAL.submit(work::get);
  }

  /** Waits until started work has ended, whatever it returned or threw. */
  static void await(Future<?> future) {
    try {
      future.get();
    } catch (ExecutionException unused) {
      // the work's result is not wanted, nor its failure
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the team was working", e);
    }
  }

  /** Waits for started work and returns its result, or throws what it threw. */
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
