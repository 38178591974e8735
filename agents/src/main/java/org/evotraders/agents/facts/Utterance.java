package org.evotraders.agents.facts;

/** One thing said in the conference, by agent id. */
public record Utterance(String agentId, String content) {}
