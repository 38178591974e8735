package org.evotraders.agents.team;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.evotraders.agents.Role;
import org.evotraders.models.Message;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelCall;

/**
 * How an agent talks to its model, the same for every turn: its system prompt (rendered once from
 * the role's system template and the run-scoped prompt) and one user prompt, then text or a record
 * back. The user prompt is rendered only if the model reads it (the offline model does not).
 */
final class Conversation {

  private final TeamSetup setup;
  private final Role role;
  private final Message system;

  /**
   * @param systemValues the system template's placeholders other than {@code run_prompt}
   */
  Conversation(TeamSetup setup, Role role, Map<String, String> systemValues) {
    this.setup = setup;
    this.role = role;
    Map<String, String> values = new HashMap<>(systemValues);
    values.put("run_prompt", setup.runPrompt());
    this.system = Message.system(setup.prompts().template(role, "system").render(values));
  }

  /** Asks for plain text; an unusable answer is an empty text. */
  Said<String> text(String purpose, LocalDate date, Supplier<String> prompt, Object facts) {
    ModelAnswer<String> answer =
        setup
            .gate()
            .call(
                ModelCall.text(role.id(), purpose, date, setup.model(role), messages(prompt))
                    .withFacts(facts));
    String text = answer.value() == null ? "" : answer.value().strip();
    return new Said<>(role.id(), purpose, text, text, answer);
  }

  /** Asks for an answer of {@code type}, {@code fallback} when no usable one comes back. */
  <R extends Record> ModelAnswer<R> structured(
      String purpose,
      LocalDate date,
      Supplier<String> prompt,
      Class<R> type,
      R fallback,
      Object facts) {
    return setup
        .gate()
        .call(
            ModelCall.structured(
                    role.id(), purpose, date, setup.model(role), messages(prompt), type, fallback)
                .withFacts(facts));
  }

  private Supplier<List<Message>> messages(Supplier<String> prompt) {
    return () -> List.of(system, Message.user(prompt.get()));
  }
}
