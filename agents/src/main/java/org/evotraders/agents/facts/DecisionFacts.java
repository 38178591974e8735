package org.evotraders.agents.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.signals.AnalystSignal;

/**
 * What the portfolio manager decides from: every analyst's signals, each analyst's record so far,
 * the risk assessment, the conference summary and the book with its limits.
 *
 * @param signals per analyst id, per ticker
 * @param hitRates per analyst id, the share of its scored predictions that were right, with the
 *     number scored; analysts with no record yet are absent
 */
public record DecisionFacts(
    LocalDate date,
    List<String> tickers,
    Map<String, Map<String, AnalystSignal>> signals,
    Map<String, TrackRecord> hitRates,
    String riskAssessment,
    String conferenceSummary,
    PortfolioFacts portfolio) {

  /** An analyst's scored predictions so far. */
  public record TrackRecord(int evaluated, int correct) {
    public double hitRate() {
      return evaluated == 0 ? Double.NaN : (double) correct / evaluated;
    }
  }
}
