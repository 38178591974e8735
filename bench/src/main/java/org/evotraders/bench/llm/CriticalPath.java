package org.evotraders.bench.llm;

/**
 * The model calls of one trading day that must follow each other, as the pipeline's daily cycle
 * orders them: the four analysts at once (1), the risk manager (1), per conference round the
 * portfolio manager's opening then the analysts' replies at once (2), the summary (1), the
 * analysts' predictions at once (1) and the decision (1). Without a conference there is no summary
 * either. Calls made at once count as one step, since each waits only for the latency once.
 */
final class CriticalPath {

  private CriticalPath() {}

  /** Returns the sequential steps of a day with {@code rounds} conference rounds: 9 for 2. */
  static int calls(int rounds) {
    int conference = rounds == 0 ? 0 : 2 * rounds + 1;
    return 1 + 1 + conference + 1 + 1;
  }
}
