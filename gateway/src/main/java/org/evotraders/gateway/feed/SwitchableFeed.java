package org.evotraders.gateway.feed;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The feed of a gateway that outlives runs: it reads as the current run's feed, and {@link
 * #switchTo} makes another run current (a new run, a replay). Subscribers get the deliveries of the
 * current run only; switch listeners learn of each new run, so the gateway can send its clients the
 * new run's initial_state. Sequence numbers are per run: they start again at the new run's own.
 *
 * <p>Switch to a run's feed before it publishes its first event, so no client sees that event ahead
 * of the switch.
 */
public final class SwitchableFeed implements RunFeed {

  private final List<Consumer<Delivery>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<RunFeed>> switchListeners = new CopyOnWriteArrayList<>();
  private volatile RunFeed current;

  /** Starts with no run: an idle state whose cash is {@code initialCash}. */
  public SwitchableFeed(double initialCash) {
    this(new IdleFeed(initialCash));
  }

  /** Starts with {@code first} as the current run. */
  public SwitchableFeed(RunFeed first) {
    current = first;
    first.subscribe(forwarding(first));
  }

  /** Makes {@code next} the current run and tells every switch listener. */
  public synchronized void switchTo(RunFeed next) {
    current = next;
    next.subscribe(forwarding(next));
    for (Consumer<RunFeed> listener : switchListeners) {
      listener.accept(next);
    }
  }

  /** Calls {@code listener} with the new current feed at each switch, under the switch's lock. */
  public void onSwitch(Consumer<RunFeed> listener) {
    switchListeners.add(listener);
  }

  /**
   * Returns what {@code use} makes of the current feed, with no switch in between: a client
   * registered inside {@code use} either starts on the new run or is told of the switch.
   */
  public synchronized <T> T withCurrent(Function<RunFeed, T> use) {
    return use.apply(current);
  }

  /** Returns the current run's feed. */
  public RunFeed current() {
    return current;
  }

  private Consumer<Delivery> forwarding(RunFeed source) {
    return delivery -> {
      synchronized (this) {
        // a run switched away from may still publish its last events: nobody sees them
        if (current != source) {
          return;
        }
        for (Consumer<Delivery> listener : listeners) {
          listener.accept(delivery);
        }
      }
    };
  }

  @Override
  public String runId() {
    return current.runId();
  }

  @Override
  public long lastSeq() {
    return current.lastSeq();
  }

  @Override
  public Snapshot snapshot() {
    return current.snapshot();
  }

  @Override
  public List<Delivery> after(long seq, int limit) {
    return current.after(seq, limit);
  }

  @Override
  public void subscribe(Consumer<Delivery> listener) {
    listeners.add(listener);
  }
}
