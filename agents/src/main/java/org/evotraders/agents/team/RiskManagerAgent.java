package org.evotraders.agents.team;

import java.util.HashMap;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.facts.RiskFacts;

/**
 * The risk manager's written assessment. Its hard limits are computed in code before it speaks
 * ({@link org.evotraders.agents.risk.PositionLimits}); the text helps the portfolio manager weigh
 * them, the limits bind whatever anyone says.
 */
public final class RiskManagerAgent {

  private final TeamSetup setup;
  private final Conversation conversation;

  public RiskManagerAgent(TeamSetup setup) {
    this.setup = setup;
    this.conversation = new Conversation(setup, Role.RISK_MANAGER, Map.of());
  }

  public Said<String> assess(RiskFacts facts) {
    return conversation.text("assessment", facts.date(), () -> assessmentPrompt(facts), facts);
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
