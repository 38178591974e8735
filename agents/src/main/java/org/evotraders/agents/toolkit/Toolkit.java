package org.evotraders.agents.toolkit;

import java.time.LocalDate;
import java.util.List;
import org.evotraders.agents.Role;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/**
 * One analyst's tools, run by the pipeline for each ticker of the day on a point-in-time view. The
 * pipeline chooses the date and the tickers; a model never does, so it cannot look ahead.
 */
public interface Toolkit {

  /** Calendar days of price history a run loads before its first decision (warms up SMA200). */
  int WARM_UP_DAYS = 420;

  /** Returns the results of every tool of this analyst on {@code ticker}, in a fixed order. */
  List<ToolResult> run(String ticker, PointInTimeMarketData view);

  /**
   * Returns a fresh toolkit for {@code analyst}. Toolkits may keep per-run state (the technical one
   * extends its indicators day by day from {@code historyStart}), so each run takes its own. A
   * fixed history start makes a resumed run compute the very same indicators as an uninterrupted
   * one.
   */
  static Toolkit of(Role analyst, LocalDate historyStart) {
    return switch (analyst) {
      case FUNDAMENTALS_ANALYST -> new FundamentalsToolkit();
      case TECHNICAL_ANALYST -> new TechnicalToolkit(historyStart);
      case SENTIMENT_ANALYST -> new SentimentToolkit();
      case VALUATION_ANALYST -> new ValuationToolkit();
      case RISK_MANAGER, PORTFOLIO_MANAGER ->
          throw new IllegalArgumentException(analyst.id() + " has no analysis tools");
    };
  }
}
