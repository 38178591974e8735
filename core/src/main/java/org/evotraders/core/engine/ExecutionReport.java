package org.evotraders.core.engine;

import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.orders.Reduction;

/** The fills a session's orders produced and every reduction of what they asked for. */
public record ExecutionReport(LocalDate session, List<Fill> fills, List<Reduction> reductions) {

  public ExecutionReport {
    fills = List.copyOf(fills);
    reductions = List.copyOf(reductions);
  }
}
