package org.evotraders.agents.team;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.evotraders.agents.Role;
import org.evotraders.models.Message;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelCall;

/**
 * The plain-text turn every agent takes the same way: system prompt, one user prompt, text back.
 * The user prompt is rendered only if the model reads it (the offline model does not).
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
                        role.id(),
                        purpose,
                        date,
                        setup.model(role),
                        () -> List.of(system, Message.user(prompt.get())))
                    .withFacts(facts));
    String text = answer.value() == null ? "" : answer.value().strip();
    return new Said<>(role.id(), purpose, text, text, answer);
  }
}
