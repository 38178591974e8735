package org.evotraders.agents.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evotraders.agents.answers.AnalystAnswer;
import org.evotraders.agents.answers.TickerView;
import org.evotraders.agents.facts.AnalystFacts;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.signals.Signal;

/**
 * An analyst's view of each ticker from its tools: the combined score S of {@link ToolEvidence}
 * gives the signal (bullish above {@value #SIGNAL_THRESHOLD}, bearish below minus it) and, with the
 * tools' agreement, the confidence:
 *
 * <ul>
 *   <li>bullish or bearish: confidence = round(100 * (|S| + A) / 2), A the share of the available
 *       weight whose tools score with the sign of S;
 *   <li>neutral: confidence = round(50 * N), N the share of the available weight whose tools' own
 *       |score| is at most the threshold (a neutral view is a weak claim, so at most 50);
 *   <li>no tool with data: neutral, confidence 0.
 * </ul>
 */
final class AnalystRules {

  /** ai-hedge-fund's technical and sentiment agents cut their combined score at +-0.2. */
  static final double SIGNAL_THRESHOLD = 0.2;

  private AnalystRules() {}

  static AnalystAnswer answer(AnalystFacts facts) {
    List<TickerView> views = new ArrayList<>();
    // What memory recalls is the same for every ticker: the first ticker's reasoning says it once.
    String recall = recall(facts);
    for (String ticker : facts.tickers()) {
      List<ToolResult> results = facts.tools().getOrDefault(ticker, List.of());
      views.add(view(ticker, ToolEvidence.of(results), views.isEmpty() ? recall : ""));
    }
    return new AnalystAnswer(views);
  }

  private static TickerView view(String ticker, ToolEvidence evidence, String recall) {
    if (!evidence.any()) {
      String why =
          evidence.results().isEmpty()
              ? "No tool result for " + ticker + "."
              // Every tool of the analyst is unavailable, so naming them adds nothing to the count.
              : "No tool had data for "
                  + ticker
                  + " (all "
                  + evidence.results().size()
                  + " unavailable).";
      return new TickerView(ticker, Signal.NEUTRAL, 0, why + recall);
    }
    Signal signal = Signal.ofScore(evidence.score(), SIGNAL_THRESHOLD);
    int confidence = confidence(signal, evidence);
    return new TickerView(ticker, signal, confidence, reasoning(signal, evidence) + recall);
  }

  static int confidence(Signal signal, ToolEvidence evidence) {
    if (!evidence.any()) {
      return 0;
    }
    if (signal == Signal.NEUTRAL) {
      return (int) Math.round(50 * evidence.weightShareWithin(SIGNAL_THRESHOLD));
    }
    double agreement = evidence.weightShareWithSign(signal.sign());
    return (int) Math.round(100 * (Math.abs(evidence.score()) + agreement) / 2);
  }

  private static String reasoning(Signal signal, ToolEvidence evidence) {
    StringBuilder text = new StringBuilder();
    Optional<ToolResult> strongest = evidence.strongest(signal.sign());
    text.append(
        strongest
            .map(r -> "Strongest evidence: " + cite(r) + ". ")
            .orElse("No tool leans either way. "));
    int used = evidence.available().size();
    text.append("Combined score ")
        .append(Phrases.signed(evidence.score()))
        .append(" over ")
        .append(used)
        .append(" of ")
        .append(evidence.results().size())
        .append(" tools with data");
    if (signal == Signal.NEUTRAL) {
      text.append(", within +-")
          .append(Phrases.number(SIGNAL_THRESHOLD))
          .append(": no clear edge.");
    } else {
      text.append("; ")
          .append(Phrases.percent(evidence.weightShareWithSign(signal.sign())))
          .append(" of their weight agrees.");
      evidence
          .strongest(-signal.sign())
          .ifPresent(r -> text.append(" Against: ").append(cite(r)).append('.'));
    }
    if (!evidence.unavailable().isEmpty()) {
      text.append(" No data: ").append(missing(evidence)).append('.');
    }
    return text.toString();
  }

  /** Names a tool with its score and its first figures, or its first sentence without figures. */
  private static String cite(ToolResult result) {
    String detail =
        result.figures().isEmpty()
            ? Phrases.firstSentence(result.text())
            : Phrases.figures(result.figures());
    String cited = result.tool() + " scores " + Phrases.signed(result.score());
    return detail.isEmpty() ? cited : cited + " (" + Phrases.withoutFinalPeriod(detail) + ")";
  }

  private static String missing(ToolEvidence evidence) {
    return String.join(", ", evidence.unavailable().stream().map(ToolResult::tool).toList());
  }

  /** Mentions the recalled memories and the reflection, when there are any; else empty. */
  private static String recall(AnalystFacts facts) {
    StringBuilder text = new StringBuilder();
    List<String> memories = facts.memories() == null ? List.of() : facts.memories();
    if (!memories.isEmpty()) {
      text.append(" Memory recalls ")
          .append(memories.size())
          .append(memories.size() == 1 ? " similar day" : " similar days")
          .append("; closest: ")
          .append(Phrases.quote(memories.getFirst()));
      if (!text.toString().endsWith(".")) {
        text.append('.');
      }
    }
    if (facts.reflection() != null && !facts.reflection().isBlank()) {
      text.append(" Reflection: ").append(Phrases.firstSentence(facts.reflection()));
      if (!text.toString().endsWith(".")) {
        text.append('.');
      }
    }
    return text.toString();
  }
}
