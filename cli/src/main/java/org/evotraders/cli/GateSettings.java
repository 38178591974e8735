package org.evotraders.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent.ModelUsed;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.cost.CostLedger;
import org.evotraders.models.gate.GateLimits;

/**
 * The model gate's settings a run takes from the environment, and the spending a resumed run
 * carries over from its event log.
 */
final class GateSettings {

  static final String CONCURRENT_CALLS = "MODEL_CONCURRENT_CALLS";
  static final String CALLS_PER_MINUTE = "MODEL_CALLS_PER_MINUTE";

  private GateSettings() {}

  /**
   * Returns the per-provider limits: MODEL_CONCURRENT_CALLS (default 8) requests in flight and
   * MODEL_CALLS_PER_MINUTE (default 500, OpenAI's first usage tier) per provider.
   */
  static GateLimits limits(Map<String, String> env) {
    return new GateLimits(
        positive(env, CONCURRENT_CALLS, 8),
        positive(env, CALLS_PER_MINUTE, 500),
        Duration.ofMinutes(10));
  }

  /**
   * Books into {@code ledger} every model call the run's log records, also those of a day that was
   * interrupted and runs again: they were paid for, so a resumed run's budget counts them.
   */
  static void restoreSpending(CostLedger ledger, List<RecordedEvent> log) {
    for (RecordedEvent recorded : log) {
      if (recorded.event() instanceof ModelUsed used) {
        TokenUsage tokens = new TokenUsage(used.inputTokens(), used.outputTokens());
        if ("cache".equals(used.source())) {
          ledger.bookCached(used.agentId(), recorded.session(), tokens);
        } else {
          ledger.bookProvider(
              used.agentId(), recorded.session(), tokens, BigDecimal.valueOf(used.costUsd()));
        }
      }
    }
  }

  private static int positive(Map<String, String> env, String variable, int fallback) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(variable + "=" + value + " must be a positive whole number");
  }
}
