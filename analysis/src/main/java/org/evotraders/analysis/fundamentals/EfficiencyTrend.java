package org.evotraders.analysis.fundamentals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.signals.Signal;

/**
 * The efficiency tool: each turnover of the latest ttm record against the median of the same
 * turnover in the company's earlier ttm records. Higher turnover means more sales per unit of
 * assets, inventory, receivables or working capital, so a rise is favourable.
 *
 * <p>The original only lists the four turnovers; ai-hedge-fund has no efficiency thresholds, so the
 * change band and the signal cut below are ours.
 */
final class EfficiencyTrend {

  /** Turnovers read, as financialdatasets.ai names them, in the order shown. */
  static final List<String> TURNOVERS =
      List.of(
          "asset_turnover",
          "inventory_turnover",
          "receivables_turnover",
          "working_capital_turnover");

  /** A change within +-5% of the historical median is read as unchanged (our choice). */
  static final double UNCHANGED_BAND = 0.05;

  /** Score beyond +-0.25 (e.g. two of four turnovers improving, none worse) gives a signal. */
  static final double SIGNAL_CUT = 0.25;

  private EfficiencyTrend() {}

  /** Returns the efficiency result from ttm records, newest first (at least one). */
  static ToolResult of(String ticker, List<FinancialMetrics> newestFirst) {
    FinancialMetrics latest = newestFirst.getFirst();
    List<FinancialMetrics> earlier = newestFirst.subList(1, newestFirst.size());
    Map<String, Double> figures = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    int compared = 0;
    int net = 0;
    for (String turnover : TURNOVERS) {
      OptionalDouble now = latest.get(turnover);
      if (now.isEmpty()) {
        lines.add(turnover + ": missing");
        continue;
      }
      figures.put(turnover, now.getAsDouble());
      OptionalDouble median = median(earlier, turnover);
      if (median.isEmpty() || median.getAsDouble() <= 0) {
        lines.add(
            "%s %.2f (no earlier ttm value to compare)".formatted(turnover, now.getAsDouble()));
        continue;
      }
      double change = now.getAsDouble() / median.getAsDouble() - 1;
      figures.put(turnover + "_change_vs_median", change);
      int direction = change > UNCHANGED_BAND ? 1 : change < -UNCHANGED_BAND ? -1 : 0;
      compared++;
      net += direction;
      lines.add(
          "%s %.2f vs median %.2f of %d earlier ttm records: %+.1f%% (%s)"
              .formatted(
                  turnover,
                  now.getAsDouble(),
                  median.getAsDouble(),
                  earlier.size(),
                  change * 100,
                  direction > 0 ? "improving" : direction < 0 ? "deteriorating" : "unchanged"));
    }
    if (figures.isEmpty()) {
      return ToolResult.unavailable(
          FundamentalTools.EFFICIENCY_RATIOS,
          ticker,
          "efficiency ratios: no turnover is in the ttm metrics of " + latest.reportPeriod());
    }
    double score = compared == 0 ? 0 : net / (double) compared;
    Signal signal = Signal.ofScore(score, SIGNAL_CUT);
    String text =
        "%s efficiency ratios (ttm to %s): %s, %d of %d turnovers compared with history\n  %s"
            .formatted(
                ticker,
                latest.reportPeriod(),
                signal,
                compared,
                TURNOVERS.size(),
                String.join("\n  ", lines));
    return new ToolResult(
        FundamentalTools.EFFICIENCY_RATIOS, ticker, signal, score, figures, text, true);
  }

  private static OptionalDouble median(List<FinancialMetrics> records, String name) {
    return HistoricalMedian.of(
        records.stream()
            .map(r -> r.get(name))
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble));
  }
}
