package org.evotraders.agents.answers;

import java.util.List;

/** The portfolio manager's structured answer: one decision per ticker and a short summary. */
public record DecisionAnswer(List<TickerDecision> decisions, String summary) {

  public DecisionAnswer {
    if (decisions == null) {
      throw new IllegalArgumentException("the answer needs a 'decisions' list, one per ticker");
    }
    decisions = List.copyOf(decisions);
    summary = summary == null ? "" : summary;
  }
}
