package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The feed: the newest {@value #KEPT} messages, and the messages of the last completed day (the
 * original's last_day_history, which the UI replays).
 */
final class FeedHistory implements Checkpointed {

  static final int KEPT = 200;

  private final RecentHistory<ObjectNode> messages = new RecentHistory<>(KEPT);
  private List<ObjectNode> currentDay = new ArrayList<>();
  private List<ObjectNode> lastDay = List.of();

  void add(ObjectNode message) {
    messages.append(message);
    currentDay.add(message);
  }

  /** Starts collecting a new day's messages; what came before the day stays in the feed only. */
  void startDay() {
    currentDay = new ArrayList<>();
  }

  /** Returns the newest messages, newest first, as the original stored them. */
  List<ObjectNode> newestFirst() {
    return messages.newestFirst();
  }

  /** Returns the last completed day's messages in the order they happened. */
  List<ObjectNode> lastDay() {
    return lastDay;
  }

  /** Commits the day; call it after the day's completion message was added. */
  @Override
  public void commit() {
    messages.commit();
    lastDay = List.copyOf(currentDay);
    currentDay = new ArrayList<>();
  }

  @Override
  public void rollback() {
    messages.rollback();
    currentDay = new ArrayList<>();
  }
}
