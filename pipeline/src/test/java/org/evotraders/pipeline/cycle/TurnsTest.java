package org.evotraders.pipeline.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.gate.ModelGate;
import org.junit.jupiter.api.Test;

/**
 * Turns that wait on a provider run at once; turns that do not run in the caller's thread, one
 * after the other; either way the results come back in the order of the inputs.
 */
class TurnsTest {

  private static final List<String> ANALYSTS = List.of("a", "b", "c", "d");

  @Test
  void turnsTheOfflineModelAnswersRunOneAfterTheOtherInTheCallersThread() {
    Turns turns = Turns.answeredBy(List.of(ModelSpec.offline(), ModelSpec.offline()), gate());
    Thread caller = Thread.currentThread();

    List<String> results =
        turns.take(ANALYSTS, id -> id + (Thread.currentThread() == caller ? ":caller" : ":other"));

    assertThat(results).containsExactly("a:caller", "b:caller", "c:caller", "d:caller");
  }

  @Test
  void turnsThatWaitOnAProviderRunAtOnce() {
    Turns turns = Turns.answeredBy(List.of(new ModelSpec("openai", "gpt-4o")), gate());
    // Each turn waits until all four have started: one after the other, none would end.
    CountDownLatch started = new CountDownLatch(ANALYSTS.size());

    List<String> results = turns.take(ANALYSTS, meetingTheOthers(started));

    assertThat(results).containsExactly("a", "b", "c", "d");
  }

  @Test
  void aTurnThatFindsTheProviderWaitingSendsTheRemainingTurnsAtOnce() {
    AtomicBoolean waiting = new AtomicBoolean(false);
    Turns turns = new Turns(waiting::get);
    Thread caller = Thread.currentThread();
    CountDownLatch othersStarted = new CountDownLatch(3);
    Function<String, String> meeting = meetingTheOthers(othersStarted);

    List<String> results =
        turns.take(
            ANALYSTS,
            id -> {
              if (id.equals("a")) {
                assertThat(Thread.currentThread()).isSameAs(caller);
                waiting.set(true); // the first turn's call missed the cache
                return id;
              }
              return meeting.apply(id);
            });

    assertThat(results).containsExactly("a", "b", "c", "d");
  }

  @Test
  void resultsComeBackInTheOrderOfTheInputsWhicheverTurnEndsFirst() {
    Turns turns = new Turns(() -> true);

    List<String> results =
        turns.take(
            ANALYSTS,
            id -> {
              sleep(10L * (ANALYSTS.size() - ANALYSTS.indexOf(id)));
              return id;
            });

    assertThat(results).containsExactly("a", "b", "c", "d");
  }

  private static Function<String, String> meetingTheOthers(CountDownLatch started) {
    return id -> {
      started.countDown();
      try {
        if (!started.await(10, TimeUnit.SECONDS)) {
          throw new AssertionError("turn " + id + " ran alone: the turns did not run at once");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      return id;
    };
  }

  private static ModelGate gate() {
    return ModelGate.builder(
            provider -> {
              throw new AssertionError("no provider is asked");
            })
        .build();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
