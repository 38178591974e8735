package org.evotraders.pipeline.report;

import java.util.Objects;

/**
 * What one agent's model calls consumed over the run.
 *
 * @param agentId the agent, or "total" for a sum
 * @param calls answers served by a provider
 * @param cachedCalls answers replayed from the response cache, which cost nothing
 * @param inputTokens prompt tokens the providers counted
 * @param outputTokens completion tokens the providers counted
 * @param usd what those tokens cost in US dollars
 */
public record AgentSpending(
    String agentId, long calls, long cachedCalls, long inputTokens, long outputTokens, double usd) {

  public AgentSpending {
    Objects.requireNonNull(agentId, "model spending needs an agent id");
    if (calls < 0 || cachedCalls < 0 || inputTokens < 0 || outputTokens < 0 || !(usd >= 0)) {
      throw new IllegalArgumentException(
          "model spending of %s has calls %d, cached %d, tokens %d in / %d out, $%s: none may be negative"
              .formatted(agentId, calls, cachedCalls, inputTokens, outputTokens, usd));
    }
  }

  /** Returns this spending plus {@code other}, under this agent id. */
  AgentSpending plus(AgentSpending other) {
    return new AgentSpending(
        agentId,
        calls + other.calls,
        cachedCalls + other.cachedCalls,
        inputTokens + other.inputTokens,
        outputTokens + other.outputTokens,
        usd + other.usd);
  }
}
