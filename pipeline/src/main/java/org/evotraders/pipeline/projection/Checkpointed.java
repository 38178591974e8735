package org.evotraders.pipeline.projection;

/**
 * A part of the projection that can return to its state at the last completed day: a resumed run
 * voids what the interrupted day changed, since that day runs again.
 */
interface Checkpointed {

  /** Makes everything applied so far final: the state a later {@link #rollback()} returns to. */
  void commit();

  /** Forgets everything applied since the last {@link #commit()}. */
  void rollback();
}
