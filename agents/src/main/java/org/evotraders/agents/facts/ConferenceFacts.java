package org.evotraders.agents.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.core.signals.AnalystSignal;

/**
 * What a speaker knows at its turn in the conference: every analyst's signals of the day, the risk
 * manager's assessment and what has been said so far. Rounds count from 1; the summary comes after
 * the last round.
 *
 * @param turn OPENING (the portfolio manager starts a round), REPLY (an analyst answers) or SUMMARY
 *     (the portfolio manager closes the conference)
 * @param signals per analyst id, per ticker
 */
public record ConferenceFacts(
    Role speaker,
    Turn turn,
    LocalDate date,
    int cycle,
    int totalCycles,
    List<String> tickers,
    Map<String, Map<String, AnalystSignal>> signals,
    String riskAssessment,
    List<Utterance> transcript) {

  /** Whose turn it is and what it is for. */
  public enum Turn {
    OPENING,
    REPLY,
    SUMMARY
  }
}
