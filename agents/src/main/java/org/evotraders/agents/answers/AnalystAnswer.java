package org.evotraders.agents.answers;

import java.util.List;

/** An analyst's structured answer: one view per ticker. */
public record AnalystAnswer(List<TickerView> signals) {

  public AnalystAnswer {
    if (signals == null) {
      throw new IllegalArgumentException("the answer needs a 'signals' list, one entry per ticker");
    }
    signals = List.copyOf(signals);
  }
}
