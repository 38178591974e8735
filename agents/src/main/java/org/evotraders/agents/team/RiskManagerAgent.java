package org.evotraders.agents.team;

import java.util.HashMap;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.facts.RiskFacts;
import org.evotraders.models.Message;

/**
 * The risk manager's written assessment. Its hard limits are computed in code before it speaks
 * ({@link org.evotraders.agents.risk.PositionLimits}); the text helps the portfolio manager weigh
 * them, the limits bind whatever anyone says.
 */
public final class RiskManagerAgent {

  private final TeamSetup setup;
  private final Message system;

  public RiskManagerAgent(TeamSetup setup) {
    this.setup = setup;
    this.system =
        Message.system(
            setup
                .prompts()
                .template(Role.RISK_MANAGER, "system")
                .render(Map.of("run_prompt", setup.runPrompt())));
  }

  public Said<String> assess(RiskFacts facts) {
    return Conversation.text(
        setup,
        Role.RISK_MANAGER,
        "assessment",
        facts.date(),
        system,
        () -> assessmentPrompt(facts),
        facts);
  }

  private String assessmentPrompt(RiskFacts facts) {
    Map<String, String> values = new HashMap<>();
    values.put("date", facts.date().toString());
    values.put("tickers", String.join(", ", facts.tickers()));
    values.put("portfolio", PromptText.portfolio(facts.portfolio()));
    values.put("limits", PromptText.limits(facts.portfolio().limits()));
    return setup.prompts().template(Role.RISK_MANAGER, "assessment").render(values);
  }
}
