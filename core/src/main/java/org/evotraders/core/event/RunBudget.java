package org.evotraders.core.event;

/** The most a run may spend on models; a null field means no limit of that kind. */
public record RunBudget(Long maxTokens, Double maxUsd) {

  /** No limit. */
  public static final RunBudget NONE = new RunBudget(null, null);
}
