package org.evotraders.pipeline.projection;

/** How a prediction fared against its session's open-to-close move. */
enum Verdict {
  CORRECT,
  WRONG,
  /** The open or the close was missing, so the call could not be scored. */
  UNKNOWN,
  /** A NEUTRAL call, which is never scored. */
  NOT_SCORED
}
