package org.evotraders.agents.memory;

/**
 * Turns a day's situation into a vector, so that situations that read alike lie close together. The
 * port behind {@link AgentMemory}: {@link MiniLmEmbedder} runs a small local model; tests use a
 * cheap deterministic stand-in.
 */
public interface SituationEmbedder {

  /** Returns the embedding of {@code text}; the same text always gives the same vector. */
  float[] embed(String text);
}
