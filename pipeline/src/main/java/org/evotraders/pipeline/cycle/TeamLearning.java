package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.memory.ScoredCall;
import org.evotraders.agents.memory.TeamMemory;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Prediction;

/**
 * What the team learns at each close: every agent remembers the day's situation and its view with
 * the outcome (analysts: their predictions scored open to close; the managers: the day's P&L), and
 * the analysts' reflections take in the scored calls. Writes are keyed by date, so a day run again
 * after a crash replaces its own entries.
 */
final class TeamLearning {

  private final TeamMemory memory;

  /** {@code memory} may be null: then the team learns nothing (memory off). */
  TeamLearning(TeamMemory memory) {
    this.memory = memory;
  }

  void learn(DayContext day, Map<String, Double> opens, Map<String, Double> closes, double pnl) {
    if (memory == null) {
      return;
    }
    for (Role role : Role.ANALYSTS) {
      List<ScoredCall> calls =
          scored(day, day.predictions.getOrDefault(role.id(), List.of()), opens, closes);
      long right = calls.stream().filter(ScoredCall::right).count();
      String outcome =
          calls.isEmpty()
              ? "no directional prediction"
              : calls.stream()
                  .map(TeamLearning::describe)
                  .reduce((a, b) -> a + "; " + b)
                  .orElse("");
      double score = calls.isEmpty() ? 0.5 : (double) right / calls.size();
      var agent = memory.memory(role);
      agent.remember(
          day.day.date(),
          orNone(day.situations.getOrDefault(role.id(), "")),
          orNone(view(day, role)));
      agent.settle(day.day.date(), outcome, score);
      memory.reflection(role).record(day.day.date(), calls);
    }
    String situation = String.join(" | ", day.situations.values());
    String pnlText = String.format(Locale.ROOT, "day P&L %+.2f", pnl);
    double pnlScore = pnl > 0 ? 1.0 : 0.0;
    var risk = memory.memory(Role.RISK_MANAGER);
    risk.remember(day.day.date(), orNone(situation), orNone(firstLine(day.riskAssessment)));
    risk.settle(day.day.date(), pnlText, pnlScore);
    var manager = memory.memory(Role.PORTFOLIO_MANAGER);
    manager.remember(day.day.date(), orNone(situation), orNone(firstLine(day.conferenceSummary)));
    manager.settle(day.day.date(), pnlText, pnlScore);
  }

  private static List<ScoredCall> scored(
      DayContext day,
      List<Prediction> predictions,
      Map<String, Double> opens,
      Map<String, Double> closes) {
    List<ScoredCall> calls = new ArrayList<>();
    for (Prediction p : predictions) {
      Double open = opens.get(p.ticker());
      Double close = closes.get(p.ticker());
      if (p.direction() != Direction.NEUTRAL && open != null && close != null) {
        calls.add(new ScoredCall(day.day.date(), p.ticker(), p.direction(), close / open - 1));
      }
    }
    return calls;
  }

  private static String describe(ScoredCall call) {
    return String.format(
        Locale.ROOT,
        "%s %+.2f%% (%s %s)",
        call.ticker(),
        100 * call.openToCloseReturn(),
        call.direction(),
        call.right() ? "right" : "wrong");
  }

  private static String view(DayContext day, Role role) {
    StringBuilder out = new StringBuilder();
    for (AnalystSignal s : day.signals.getOrDefault(role.id(), Map.of()).values()) {
      out.append(s.ticker())
          .append(' ')
          .append(s.signal().name().toLowerCase(Locale.ROOT))
          .append(' ')
          .append(s.confidence())
          .append("; ");
    }
    return out.toString().strip();
  }

  /** Memory refuses blank texts; a day with nothing to say is remembered as such. */
  private static String orNone(String text) {
    return text.isBlank() ? "(none)" : text;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
