package org.evotraders.agents.toolkit;

import java.util.List;
import org.evotraders.agents.Role;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/**
 * One analyst's tools, run by the pipeline for each ticker of the day on a point-in-time view. The
 * pipeline chooses the date and the tickers; a model never does, so it cannot look ahead.
 */
public interface Toolkit {

  /** Returns the results of every tool of this analyst on {@code ticker}, in a fixed order. */
  List<ToolResult> run(String ticker, PointInTimeMarketData view);

  /**
   * Returns a fresh toolkit for {@code analyst}. Toolkits may keep per-run state (the technical
   * one extends its indicators day by day), so each run takes its own.
   */
  static Toolkit of(Role analyst) {
    return switch (analyst) {
      case FUNDAMENTALS_ANALYST -> new FundamentalsToolkit();
      case TECHNICAL_ANALYST -> new TechnicalToolkit();
      case SENTIMENT_ANALYST -> new SentimentToolkit();
      case VALUATION_ANALYST -> new ValuationToolkit();
      case RISK_MANAGER, PORTFOLIO_MANAGER ->
          throw new IllegalArgumentException(analyst.id() + " has no analysis tools");
    };
  }
}
