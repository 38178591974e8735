package org.evotraders.pipeline.projection;

import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.portfolio.Portfolio;

/**
 * The team's portfolio rebuilt from the run's fills. A rollback replays the committed fills into a
 * fresh portfolio: O(fills) once per resume, never per event, and it reuses the one accounting of
 * {@link Portfolio} instead of undoing fills by hand.
 */
final class PortfolioBook implements Checkpointed {

  private final double initialCash;
  private final double marginRequirement;
  private final List<Fill> fills = new ArrayList<>();
  private int committedFills;
  private Portfolio portfolio;

  PortfolioBook(double initialCash, double marginRequirement) {
    this.initialCash = initialCash;
    this.marginRequirement = marginRequirement;
    this.portfolio = new Portfolio(initialCash, marginRequirement);
  }

  void apply(Fill fill) {
    portfolio.apply(fill);
    fills.add(fill);
  }

  Portfolio portfolio() {
    return portfolio;
  }

  double initialCash() {
    return initialCash;
  }

  @Override
  public void commit() {
    committedFills = fills.size();
  }

  @Override
  public void rollback() {
    if (fills.size() == committedFills) {
      return;
    }
    fills.subList(committedFills, fills.size()).clear();
    portfolio = new Portfolio(initialCash, marginRequirement);
    fills.forEach(portfolio::apply);
  }
}
