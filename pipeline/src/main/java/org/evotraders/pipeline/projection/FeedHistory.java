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

  private final RecentHistory<FeedEntry> messages = new RecentHistory<>(KEPT);
  private List<FeedEntry> currentDay = new ArrayList<>();
  private List<FeedEntry> lastDay = List.of();

  void add(FeedEntry message) {
    messages.append(message);
    currentDay.add(message);
  }

  /** Starts collecting a new day's messages; what came before the day stays in the feed only. */
  void startDay() {
    currentDay = new ArrayList<>();
  }

  /** Returns the newest messages, newest first, as the original stored them; new objects. */
  List<ObjectNode> newestFirst() {
    return rendered(messages.newestFirst());
  }

  /** Returns the last completed day's messages in the order they happened; new objects. */
  List<ObjectNode> lastDay() {
    return rendered(lastDay);
  }

  private static List<ObjectNode> rendered(List<FeedEntry> entries) {
    List<ObjectNode> messages = new ArrayList<>(entries.size());
    entries.forEach(entry -> messages.add(entry.json()));
    return messages;
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
