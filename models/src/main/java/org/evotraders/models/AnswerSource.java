package org.evotraders.models;

/** Where a model answer came from. */
public enum AnswerSource {
  /** Replayed from the response cache: no provider call, no cost. */
  CACHE,
  /** Answered by the provider (or the offline model), possibly after a repair. */
  PROVIDER,
  /** The provider's answer stayed unusable after one repair; the call's safe default is used. */
  FALLBACK
}
