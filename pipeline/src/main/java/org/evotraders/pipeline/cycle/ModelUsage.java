package org.evotraders.pipeline.cycle;

import java.util.Optional;
import org.evotraders.agents.team.Said;
import org.evotraders.core.event.RunEvent.ModelUsed;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelSpec;

/**
 * Records what a model turn consumed as a {@code model_usage} event. The offline model costs
 * nothing and is not recorded, so offline runs keep a lean log.
 */
final class ModelUsage {

  private ModelUsage() {}

  /** Returns the usage event of {@code said}, or empty when its model is the offline one. */
  static Optional<ModelUsed> of(Said<?> said, ModelSpec model) {
    if (model.isOffline()) {
      return Optional.empty();
    }
    ModelAnswer<?> answer = said.answer();
    return Optional.of(
        new ModelUsed(
            said.agentId(),
            model.provider(),
            model.name(),
            said.purpose(),
            answer.usage().inputTokens(),
            answer.usage().outputTokens(),
            answer.costUsd().doubleValue(),
            answer.source().name().toLowerCase(java.util.Locale.ROOT)));
  }
}
