package org.evotraders.gateway.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest deliveries, by sequence number: a fixed array written round and round, so reading the
 * events after a seq costs no search. Not thread-safe; {@link EventFeed} guards it.
 */
final class DeliveryRing {

  private final Delivery[] slots;
  private long first = 1;
  private long next = 1;

  DeliveryRing(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "a ring of deliveries needs room for one, not " + capacity);
    }
    slots = new Delivery[capacity];
  }

  /** Empties the ring so that the next delivery added is the one after {@code seq}. */
  void startAfter(long seq) {
    first = seq + 1;
    next = seq + 1;
  }

  /** Adds the delivery following the last one. */
  void add(Delivery delivery) {
    if (delivery.seq() != next) {
      throw new IllegalStateException(
          "event %d published after %d: the feed must see every event once, in order"
              .formatted(delivery.seq(), next - 1));
    }
    slots[(int) (next % slots.length)] = delivery;
    next++;
    if (next - first > slots.length) {
      first = next - slots.length;
    }
  }

  /** Returns the oldest seq held, or the next seq expected when empty. */
  long firstSeq() {
    return first;
  }

  /** Returns whether the delivery after {@code seq} is held (or not published yet). */
  boolean covers(long seq) {
    return seq + 1 >= first;
  }

  List<Delivery> after(long seq, int limit) {
    List<Delivery> out = new ArrayList<>();
    for (long s = Math.max(seq + 1, first); s < next && out.size() < limit; s++) {
      out.add(slots[(int) (s % slots.length)]);
    }
    return out;
  }
}
