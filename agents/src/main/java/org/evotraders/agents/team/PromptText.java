package org.evotraders.agents.team;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.agents.facts.Utterance;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.signals.AnalystSignal;

/** Renders typed facts as the plain text that goes into prompts and the feed. */
final class PromptText {

  private PromptText() {}

  static String toolResults(List<String> tickers, Map<String, List<ToolResult>> tools) {
    StringBuilder out = new StringBuilder();
    for (String ticker : tickers) {
      out.append("### ").append(ticker).append('\n');
      for (ToolResult result : tools.getOrDefault(ticker, List.of())) {
        out.append("- ").append(result.tool()).append(": ").append(result.text()).append('\n');
      }
    }
    return out.toString();
  }

  static String signals(List<String> tickers, Map<String, Map<String, AnalystSignal>> signals) {
    StringBuilder out = new StringBuilder();
    for (var byAnalyst : signals.entrySet()) {
      out.append("- ").append(byAnalyst.getKey()).append(": ");
      for (String ticker : tickers) {
        AnalystSignal s = byAnalyst.getValue().get(ticker);
        if (s != null) {
          out.append(ticker)
              .append(' ')
              .append(s.signal().name().toLowerCase(Locale.ROOT))
              .append(" (")
              .append(s.confidence())
              .append(") ");
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  static String ownSignals(Map<String, AnalystSignal> signals) {
    StringBuilder out = new StringBuilder();
    signals.forEach(
        (ticker, s) ->
            out.append("- ")
                .append(ticker)
                .append(": ")
                .append(s.signal().name().toLowerCase(Locale.ROOT))
                .append(" (")
                .append(s.confidence())
                .append(") ")
                .append(s.reasoning())
                .append('\n'));
    return out.toString();
  }

  static String transcript(List<Utterance> transcript) {
    if (transcript.isEmpty()) {
      return "(nothing yet)";
    }
    StringBuilder out = new StringBuilder();
    for (Utterance u : transcript) {
      out.append("**").append(u.agentId()).append("**: ").append(u.content()).append("\n\n");
    }
    return out.toString();
  }

  static String portfolio(PortfolioFacts p) {
    StringBuilder out = new StringBuilder();
    out.append(
        figures(
            "NAV %.2f, cash %.2f, margin held %.2f (requirement %.0f%%), gross exposure %.2f,"
                + " net %.2f\n",
            p.nav(),
            p.cash(),
            p.marginUsed(),
            100 * p.marginRequirement(),
            p.grossExposure(),
            p.netExposure()));
    p.positions()
        .forEach(
            (ticker, shares) -> {
              if (shares != 0) {
                out.append(
                    figures(
                        "- %s: %+d shares at %.2f%n",
                        ticker, shares, p.prices().getOrDefault(ticker, Double.NaN)));
              }
            });
    return out.toString();
  }

  static String limits(Map<String, RiskLimit> limits) {
    StringBuilder out =
        new StringBuilder("| ticker | price | volatility | limit | max long | max short |\n");
    out.append("|---|---|---|---|---|---|\n");
    limits.forEach(
        (ticker, l) ->
            out.append(
                figures(
                    "| %s | %.2f | %.0f%% | %.0f (%.0f%% of NAV) | %d | %d |%n",
                    ticker,
                    l.price(),
                    100 * l.annualVolatility(),
                    l.maxPositionValue(),
                    100 * l.limitFraction(),
                    l.maxLongShares(),
                    l.maxShortShares())));
    return out.toString();
  }

  /**
   * Formats figures the same on every machine: a prompt (and so its cache key) must not change with
   * the JVM's locale, nor show a model "100000,00".
   */
  static String figures(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  static String lines(List<String> lines, String heading) {
    if (lines.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(heading).append('\n');
    lines.forEach(line -> out.append("- ").append(line).append('\n'));
    return out.toString();
  }
}
