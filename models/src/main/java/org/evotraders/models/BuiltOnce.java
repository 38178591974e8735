package org.evotraders.models;

import java.util.List;
import java.util.function.Supplier;

/**
 * A call's conversation, built by the first caller that needs it and then kept: the response cache
 * and the provider read the same messages, and rendering a prompt costs far more than an offline
 * answer.
 */
final class BuiltOnce implements Supplier<List<Message>> {

  private final Supplier<List<Message>> build;
  private volatile List<Message> built;

  private BuiltOnce(Supplier<List<Message>> build) {
    this.build = build;
  }

  static Supplier<List<Message>> of(Supplier<List<Message>> build) {
    return build instanceof BuiltOnce ? build : new BuiltOnce(build);
  }

  @Override
  public List<Message> get() {
    List<Message> messages = built;
    if (messages == null) {
      List<Message> fresh = build.get();
      messages = fresh == null ? List.of() : List.copyOf(fresh);
      built = messages;
    }
    return messages;
  }
}
