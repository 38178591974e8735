package org.evotraders.pipeline.projection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The newest {@code capacity} items of an append-only sequence, plus the count of all items ever
 * appended. Items of the day in progress are kept beyond the capacity until the day commits, so a
 * rollback can take them off again; older items are dropped at commit. Appending is O(1).
 */
final class RecentHistory<T> implements Checkpointed {

  private final int capacity;
  private final ArrayDeque<T> items = new ArrayDeque<>();
  private long appended;
  private long committedAppended;

  RecentHistory(int capacity) {
    this.capacity = capacity;
  }

  void append(T item) {
    items.addLast(item);
    appended++;
  }

  /** Returns how many items were ever appended, including those no longer kept. */
  long total() {
    return appended;
  }

  /** Returns the newest {@code capacity} items, newest first. */
  List<T> newestFirst() {
    List<T> newest = new ArrayList<>(Math.min(capacity, items.size()));
    Iterator<T> descending = items.descendingIterator();
    while (descending.hasNext() && newest.size() < capacity) {
      newest.add(descending.next());
    }
    return newest;
  }

  /** Returns the newest {@code capacity} items, oldest first. */
  List<T> oldestFirst() {
    return newestFirst().reversed();
  }

  @Override
  public void commit() {
    while (items.size() > capacity) {
      items.removeFirst();
    }
    committedAppended = appended;
  }

  @Override
  public void rollback() {
    for (; appended > committedAppended; appended--) {
      items.removeLast();
    }
  }
}
