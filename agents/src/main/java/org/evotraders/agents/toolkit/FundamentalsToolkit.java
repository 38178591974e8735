package org.evotraders.agents.toolkit;

import java.util.List;
import org.evotraders.analysis.ToolResult;
import org.evotraders.analysis.fundamentals.FundamentalTools;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/** Profitability, growth, health, valuation ratios and efficiency from the latest TTM metrics. */
final class FundamentalsToolkit implements Toolkit {

  /** Enough history for the efficiency trend: two years of quarterly TTM records. */
  static final int METRIC_RECORDS = 8;

  @Override
  public List<ToolResult> run(String ticker, PointInTimeMarketData view) {
    return FundamentalTools.all(ticker, view.financialMetrics(ticker, METRIC_RECORDS));
  }
}
