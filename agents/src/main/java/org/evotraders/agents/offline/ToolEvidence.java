package org.evotraders.agents.offline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.evotraders.analysis.ToolResult;

/**
 * One analyst's tool results for one ticker, combined: the weighted mean score of the tools that
 * had data (weights from {@link ToolWeights}, renormalised over those tools) and the share of that
 * weight on each side.
 *
 * @param results every tool result of the ticker, available or not, in the tools' order
 * @param score the combined score S = sum(w_i * s_i) / sum(w_i) over available tools; 0 when none
 * @param availableWeight sum(w_i) over available tools
 */
record ToolEvidence(List<ToolResult> results, double score, double availableWeight) {

  /** Combines {@code results}. */
  static ToolEvidence of(List<ToolResult> results) {
    double weighted = 0;
    double weight = 0;
    for (ToolResult result : results) {
      if (result.available()) {
        double w = ToolWeights.of(result.tool());
        weighted += w * result.score();
        weight += w;
      }
    }
    return new ToolEvidence(List.copyOf(results), weight == 0 ? 0 : weighted / weight, weight);
  }

  List<ToolResult> available() {
    return results.stream().filter(ToolResult::available).toList();
  }

  List<ToolResult> unavailable() {
    return results.stream().filter(r -> !r.available()).toList();
  }

  /** Tells whether any tool had data. */
  boolean any() {
    return availableWeight > 0;
  }

  /** Returns the share of the available weight whose tools' scores have the sign {@code sign}. */
  double weightShareWithSign(int sign) {
    return available().stream()
            .filter(r -> (int) Math.signum(r.score()) == sign)
            .mapToDouble(r -> ToolWeights.of(r.tool()))
            .sum()
        / availableWeight;
  }

  /** Returns the share of the available weight whose tools' own |score| is at most {@code cut}. */
  double weightShareWithin(double cut) {
    return available().stream()
            .filter(r -> Math.abs(r.score()) <= cut)
            .mapToDouble(r -> ToolWeights.of(r.tool()))
            .sum()
        / availableWeight;
  }

  /**
   * Returns the available tool that pushes hardest towards {@code sign} (largest w * s * sign,
   * which must be positive), the first in order on a tie; {@code sign} 0 asks for the largest w *
   * |s|.
   */
  Optional<ToolResult> strongest(int sign) {
    Comparator<ToolResult> byPush = Comparator.comparingDouble(r -> push(r, sign));
    return available().stream()
        .filter(r -> push(r, sign) > 0)
        .reduce((best, next) -> byPush.compare(next, best) > 0 ? next : best);
  }

  private static double push(ToolResult result, int sign) {
    double w = ToolWeights.of(result.tool());
    return sign == 0 ? w * Math.abs(result.score()) : w * result.score() * sign;
  }
}
