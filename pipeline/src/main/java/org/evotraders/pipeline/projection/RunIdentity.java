package org.evotraders.pipeline.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.event.RunBudget;
import org.evotraders.core.event.RunEvent.RunStarted;
import org.evotraders.core.event.TeamMember;

/**
 * What the run's start said about it: id, mode, tickers, dates, team, when it first started and
 * when it last resumed (null if never).
 */
record RunIdentity(
    String runId,
    String mode,
    List<String> tickers,
    LocalDate start,
    LocalDate end,
    List<TeamMember> team,
    Instant startedAt,
    Instant resumedAt,
    RunBudget budget) {

  static final RunIdentity UNKNOWN =
      new RunIdentity(
          null, "backtest", List.of(), null, null, List.of(), null, null, RunBudget.NONE);

  /** Returns the identity after {@code started}, keeping the first start time across resumes. */
  RunIdentity after(RunStarted started, Instant at) {
    return new RunIdentity(
        started.runId(),
        started.mode(),
        List.copyOf(started.tickers()),
        started.start(),
        started.end(),
        List.copyOf(started.team()),
        startedAt == null ? at : startedAt,
        started.resumed() ? at : resumedAt,
        started.budget() == null ? RunBudget.NONE : started.budget());
  }

  /** Returns whether the run replays history (backtest, or the seeded synthetic market). */
  boolean isBacktest() {
    return !"live".equals(mode);
  }

  boolean isMock() {
    return "mock".equals(mode);
  }

  /** Returns the original's server_mode: backtest or live. */
  String serverMode() {
    return isBacktest() ? "backtest" : "live";
  }
}
