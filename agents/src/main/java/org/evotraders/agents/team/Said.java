package org.evotraders.agents.team;

import org.evotraders.models.ModelAnswer;

/**
 * What an agent said in one turn: the value the pipeline acts on, the markdown the feed shows, and
 * the model's answer behind it (for token and cost accounting).
 */
public record Said<T>(
    String agentId, String purpose, T value, String message, ModelAnswer<?> answer) {}
