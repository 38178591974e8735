package org.evotraders.agents.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.core.signals.AnalystSignal;

/**
 * What an analyst knows when it predicts the next session's moves: its own signals and the
 * conference's summary.
 */
public record PredictionFacts(
    Role role,
    LocalDate date,
    List<String> tickers,
    Map<String, AnalystSignal> ownSignals,
    String conferenceSummary) {}
