package org.evotraders.agents.offline;

import org.evotraders.agents.facts.AnalystFacts;
import org.evotraders.agents.facts.ConferenceFacts;
import org.evotraders.agents.facts.DecisionFacts;
import org.evotraders.agents.facts.PredictionFacts;
import org.evotraders.agents.facts.RiskFacts;
import org.evotraders.models.ModelCall;
import org.evotraders.models.OfflineReasoner;

/**
 * The offline model's answers for the whole team, chosen by the type of the call's facts: an
 * analyst's signals, the risk assessment, a conference turn, the predictions and the portfolio
 * manager's decisions. Stateless and deterministic: the same facts always give the same answer. The
 * rules are described in the {@linkplain org.evotraders.agents.offline package documentation}.
 */
public final class TeamRules implements OfflineReasoner {

  @Override
  public Object answer(ModelCall<?> call) {
    return switch (call.facts()) {
      case AnalystFacts facts -> AnalystRules.answer(facts);
      case RiskFacts facts -> RiskRules.answer(facts);
      case ConferenceFacts facts -> ConferenceRules.answer(facts);
      case PredictionFacts facts -> PredictionRules.answer(facts);
      case DecisionFacts facts -> DecisionRules.answer(facts);
      case null ->
          throw new IllegalArgumentException(
              "The offline model needs typed facts, but the call of "
                  + call.agentId()
                  + " for "
                  + call.purpose()
                  + " carries none: attach them with ModelCall.withFacts");
      default ->
          throw new IllegalArgumentException(
              "The offline model has no rule for facts of type "
                  + call.facts().getClass().getName()
                  + " (call of "
                  + call.agentId()
                  + " for "
                  + call.purpose()
                  + "): use one of the records in org.evotraders.agents.facts");
    };
  }
}
