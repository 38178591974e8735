package org.evotraders.agents.toolkit;

import java.util.List;
import org.evotraders.analysis.ToolResult;
import org.evotraders.analysis.valuation.ValuationTools;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/** DCF, owner earnings, EV/EBITDA and residual income against the market capitalisation. */
final class ValuationToolkit implements Toolkit {

  /** Two years of records: EV/EBITDA compares with the median of at least three past multiples. */
  static final int RECORDS = 8;

  @Override
  public List<ToolResult> run(String ticker, PointInTimeMarketData view) {
    return ValuationTools.all(
        ticker,
        view.financialMetrics(ticker, RECORDS),
        view.lineItems(ticker, ValuationTools.LINE_ITEMS, RECORDS),
        view.marketCap(ticker));
  }
}
