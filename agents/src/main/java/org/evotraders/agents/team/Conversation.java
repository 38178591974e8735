package org.evotraders.agents.team;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.evotraders.agents.Role;
import org.evotraders.models.Message;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelCall;

/**
 * The turn every agent takes the same way: its system prompt and one user prompt, then text or a
 * record back. The user prompt is rendered only if the model reads it (the offline model does not).
 */
final class Conversation {

  private Conversation() {}

  static Said<String> text(
      TeamSetup setup,
      Role role,
      String purpose,
      LocalDate date,
      Message system,
      Supplier<String> prompt,
      Object facts) {
    ModelAnswer<String> answer =
        setup
            .gate()
            .call(
                ModelCall.text(
                        role.id(), purpose, date, setup.model(role), messages(system, prompt))
                    .withFacts(facts));
    String text = answer.value() == null ? "" : answer.value().strip();
    return new Said<>(role.id(), purpose, text, text, answer);
  }

  /** Asks for an answer of {@code type}, {@code fallback} when no usable one comes back. */
  static <R extends Record> ModelAnswer<R> structured(
      TeamSetup setup,
      Role role,
      String purpose,
      LocalDate date,
      Message system,
      Supplier<String> prompt,
      Class<R> type,
      R fallback,
      Object facts) {
    return setup
        .gate()
        .call(
            ModelCall.structured(
                    role.id(),
                    purpose,
                    date,
                    setup.model(role),
                    messages(system, prompt),
                    type,
                    fallback)
                .withFacts(facts));
  }

  private static Supplier<List<Message>> messages(Message system, Supplier<String> prompt) {
    return () -> List.of(system, Message.user(prompt.get()));
  }
}
