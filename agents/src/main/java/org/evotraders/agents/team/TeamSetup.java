package org.evotraders.agents.team;

import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.prompts.PromptLibrary;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.gate.ModelGate;

/**
 * What every agent of a run shares: the model gate all calls go through, the run's prompt
 * templates, each role's model, and the run-scoped prompt from BOOTSTRAP.md.
 */
public record TeamSetup(
    ModelGate gate, PromptLibrary prompts, Map<Role, ModelSpec> models, String runPrompt) {

  public ModelSpec model(Role role) {
    ModelSpec spec = models.get(role);
    if (spec == null) {
      throw new IllegalArgumentException("no model configured for " + role.id());
    }
    return spec;
  }
}
