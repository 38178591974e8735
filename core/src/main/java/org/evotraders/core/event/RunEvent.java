package org.evotraders.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.orders.Order;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Prediction;
import org.evotraders.core.signals.Signal;

/**
 * Everything that happens in a run, as typed values. A run's event log is the ordered list of
 * these, each wrapped in a {@link RecordedEvent} with its sequence number and time; every state
 * file, dashboard export and WebSocket message is a projection of that log.
 *
 * <p>{@link #type()} is the wire name: the original system's message types where one exists
 * (agent_message, day_start, ...), new names for what the original did not have.
 */
public sealed interface RunEvent {

  /** Returns the wire name of this kind of event. */
  String type();

  /**
   * A run began (or, with {@code resumed}, continued after an interruption; the events after the
   * last {@link DayCompleted} before it are void, since that day is run again).
   */
  record RunStarted(
      String runId,
      String mode,
      List<String> tickers,
      LocalDate start,
      LocalDate end,
      double initialCash,
      List<TeamMember> team,
      RunBudget budget,
      boolean resumed)
      implements RunEvent {
    public String type() {
      return "run_started";
    }
  }

  /** The run ended: completed, stopped by its budget, or stopped by the user. */
  record RunFinished(String status, String reason) implements RunEvent {
    public String type() {
      return "run_finished";
    }
  }

  /** A plain notice for the feed. */
  record SystemNotice(String content) implements RunEvent {
    public String type() {
      return "system";
    }
  }

  /**
   * The exchange's status changed (live and mock runs): {@code status} is premarket, open or
   * closed, as the original sends it.
   */
  record MarketStatusChanged(
      String status,
      String statusText,
      boolean isTradingDay,
      java.time.Instant marketOpen,
      java.time.Instant marketClose)
      implements RunEvent {
    public String type() {
      return "market_status_update";
    }
  }

  /** A trading day began; {@code progress} is the share of days done before it (0-1). */
  record DayStarted(LocalDate date, int dayIndex, int totalDays, double progress)
      implements RunEvent {
    public String type() {
      return "day_start";
    }
  }

  /** A price moved; {@code ret} is the percent change since the session's open. */
  record PriceUpdated(
      String symbol,
      double price,
      double open,
      double high,
      double low,
      double previousClose,
      double ret)
      implements RunEvent {
    public String type() {
      return "price_update";
    }
  }

  /** An agent spoke to the team (markdown). */
  record AgentMessage(String agentId, String content) implements RunEvent {
    public String type() {
      return "agent_message";
    }
  }

  /** An agent recalled past days from its long-term memory. */
  record MemoryRecalled(String agentId, String content) implements RunEvent {
    public String type() {
      return "memory";
    }
  }

  /**
   * An analyst's structured signals for the day's tickers. When {@code stated}, the event is also
   * what the analyst said: the feed and the wire show it as the analyst's agent_message, whose
   * content is {@link #message()}, so the same text is not recorded twice. Logs written before that
   * hold the message as an {@link AgentMessage} just before, and {@code stated} false.
   */
  record SignalsIssued(String agentId, List<AnalystSignal> signals, boolean stated)
      implements RunEvent {

    /** Signals that are also the analyst's message. */
    public SignalsIssued(String agentId, List<AnalystSignal> signals) {
      this(agentId, signals, true);
    }

    public String type() {
      return "analyst_signals";
    }

    /**
     * Returns the analyst's message: one markdown line per ticker, {@code **AAPL** bullish (70):}
     * and the reasoning.
     */
    public String message() {
      StringBuilder text = new StringBuilder(signals.size() * 160);
      for (AnalystSignal signal : signals) {
        text.append("**")
            .append(signal.ticker())
            .append("** ")
            .append(word(signal.signal()))
            .append(" (")
            .append(signal.confidence())
            .append("): ")
            .append(signal.reasoning())
            .append('\n');
      }
      return text.toString().strip();
    }

    // the feed renders every analyst's message each day: no lower-casing per line
    private static String word(Signal signal) {
      return switch (signal) {
        case BULLISH -> "bullish";
        case BEARISH -> "bearish";
        case NEUTRAL -> "neutral";
      };
    }
  }

  /** The risk manager's hard limits for the day, per ticker, in currency and shares. */
  record RiskLimitsSet(Map<String, RiskLimit> limits, double grossExposureCap) implements RunEvent {
    public String type() {
      return "risk_limits";
    }
  }

  /** The day's conference began. */
  record ConferenceStarted(String title, LocalDate date) implements RunEvent {
    public String type() {
      return "conference_start";
    }
  }

  /** A conference round began. */
  record ConferenceCycleStarted(int cycle, int totalCycles) implements RunEvent {
    public String type() {
      return "conference_cycle_start";
    }
  }

  /**
   * One utterance in the conference ({@code agentId} "conference summary" for the PM's summary).
   */
  record ConferenceMessage(String agentId, String content, int cycle) implements RunEvent {
    public String type() {
      return "conference_message";
    }
  }

  /** A conference round ended. */
  record ConferenceCycleEnded(int cycle) implements RunEvent {
    public String type() {
      return "conference_cycle_end";
    }
  }

  /** The conference ended. */
  record ConferenceEnded() implements RunEvent {
    public String type() {
      return "conference_end";
    }
  }

  /** An analyst's UP/DOWN/NEUTRAL predictions for the next session, scored at settlement. */
  record PredictionsMade(String agentId, List<Prediction> predictions) implements RunEvent {
    public String type() {
      return "predictions";
    }
  }

  /** The portfolio manager's decisions, after clamping to the feasible range. */
  record DecisionsMade(List<Decision> decisions) implements RunEvent {
    public String type() {
      return "decisions";
    }
  }

  /** An order was reduced, by the risk limits before execution or by the broker at execution. */
  record OrderClamped(String ticker, long requested, long allowed, String code, String reason)
      implements RunEvent {
    public String type() {
      return "order_clamped";
    }
  }

  /** An order was placed with the broker for a session. */
  record OrderPlaced(Order order, LocalDate forSession) implements RunEvent {
    public String type() {
      return "order_placed";
    }
  }

  /** A fill executed. */
  record OrderFilled(Fill fill) implements RunEvent {
    public String type() {
      return "order_filled";
    }
  }

  /** The day was settled at the close: the team's and the baselines' values. */
  record DaySettled(Settlement settlement) implements RunEvent {
    public String type() {
      return "day_settled";
    }
  }

  /**
   * The team's NAV and each baseline's value marked at the latest quotes while the market is open
   * (live and intraday mock runs), once per quote poll: {@code baselines} has the keys of a {@link
   * Settlement}'s.
   */
  record PortfolioMarked(double nav, Map<String, Double> baselines) implements RunEvent {
    public String type() {
      return "portfolio_marked";
    }
  }

  /** Tokens and dollars a model call consumed. */
  record ModelUsed(
      String agentId,
      String provider,
      String model,
      String purpose,
      long inputTokens,
      long outputTokens,
      double costUsd,
      String source)
      implements RunEvent {
    public String type() {
      return "model_usage";
    }
  }

  /** A trading day completed; everything of that day before this event is final. */
  record DayCompleted(LocalDate date, double progress) implements RunEvent {
    public String type() {
      return "day_complete";
    }
  }
}
