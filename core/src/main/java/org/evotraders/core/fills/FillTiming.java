package org.evotraders.core.fills;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.evotraders.core.market.Bar;

/** The fill models that read daily bars. */
public enum FillTiming implements FillModel {
  /**
   * The open of the first session after the decision's: the default for backtests, since a decision
   * made with a session's data cannot trade before that session ends (backtrader's market order).
   */
  NEXT_SESSION_OPEN {
    @Override
    public Optional<ReferencePrice> price(LocalDate session, List<Bar> bars) {
      Bar next = null;
      for (Bar bar : bars) {
        if (bar.date().isAfter(session) && (next == null || bar.date().isBefore(next.date()))) {
          next = bar;
        }
      }
      return Optional.ofNullable(next).map(bar -> new ReferencePrice(bar.date(), bar.open()));
    }
  },
  /** The open of the decision's own session, as the original system trades. */
  SAME_SESSION_OPEN {
    @Override
    public Optional<ReferencePrice> price(LocalDate session, List<Bar> bars) {
      return sessionBar(session, bars).map(bar -> new ReferencePrice(session, bar.open()));
    }
  },
  /** The close of the decision's own session. */
  SAME_SESSION_CLOSE {
    @Override
    public Optional<ReferencePrice> price(LocalDate session, List<Bar> bars) {
      return sessionBar(session, bars).map(bar -> new ReferencePrice(session, bar.close()));
    }
  };

  private static Optional<Bar> sessionBar(LocalDate session, List<Bar> bars) {
    return bars.stream().filter(bar -> bar.date().equals(session)).findFirst();
  }
}
