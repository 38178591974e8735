package org.evotraders.analysis.valuation;

import java.util.List;
import java.util.OptionalDouble;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.LineItems;

/**
 * The valuation analyst's four tools, named as in the original ({@code tools/analysis_tools.py}),
 * and ai-hedge-fund's weighted consensus of them. Inputs are the point-in-time metric and line-item
 * records of one ticker (any order; only ttm records are read, newest first) and the market cap as
 * of the decision. Amounts are in currency units.
 */
public final class ValuationTools {

  public static final String DCF = "dcf_valuation_analysis";
  public static final String OWNER_EARNINGS = "owner_earnings_valuation_analysis";
  public static final String EV_EBITDA = "ev_ebitda_valuation_analysis";
  public static final String RESIDUAL_INCOME = "residual_income_valuation_analysis";
  public static final String CONSENSUS = "valuation_consensus";

  /** Line items the tools read; the pipeline asks the data source for these. */
  public static final List<String> LINE_ITEMS =
      List.of(
          "free_cash_flow",
          "net_income",
          "depreciation_and_amortization",
          "capital_expenditure",
          "working_capital");

  private ValuationTools() {}

  /** Returns the four methods' results, in the original's order. */
  public static List<ToolResult> all(
      String ticker,
      List<FinancialMetrics> metrics,
      List<LineItems> lineItems,
      OptionalDouble marketCap) {
    return List.of(
        dcf(ticker, metrics, lineItems, marketCap),
        ownerEarnings(ticker, metrics, lineItems, marketCap),
        evEbitda(ticker, metrics, marketCap),
        residualIncome(ticker, metrics, lineItems, marketCap));
  }

  /** Values ttm free cash flow by a 5-year DCF at 10% with 3% terminal growth. */
  public static ToolResult dcf(
      String ticker,
      List<FinancialMetrics> metrics,
      List<LineItems> lineItems,
      OptionalDouble marketCap) {
    return DiscountedCashFlowValuation.of(ticker, metrics, lineItems, marketCap);
  }

  /** Values owner earnings at a 15% required return with a 25% margin of safety. */
  public static ToolResult ownerEarnings(
      String ticker,
      List<FinancialMetrics> metrics,
      List<LineItems> lineItems,
      OptionalDouble marketCap) {
    return OwnerEarningsValuation.of(ticker, metrics, lineItems, marketCap);
  }

  /** Values EBITDA at the median of the earlier EV/EBITDA multiples, less net debt. */
  public static ToolResult evEbitda(
      String ticker, List<FinancialMetrics> metrics, OptionalDouble marketCap) {
    return EvEbitdaValuation.of(ticker, metrics, marketCap);
  }

  /** Values book value plus discounted residual income with a 20% margin of safety. */
  public static ToolResult residualIncome(
      String ticker,
      List<FinancialMetrics> metrics,
      List<LineItems> lineItems,
      OptionalDouble marketCap) {
    return ResidualIncomeValuation.of(ticker, metrics, lineItems, marketCap);
  }

  /**
   * Returns ai-hedge-fund's weighted value gap of the given method results (weights .35/.35/.20/.10
   * over the available ones).
   *
   * @throws IllegalArgumentException when a result is not one of the four methods'
   */
  public static ToolResult consensus(String ticker, List<ToolResult> methods) {
    return ValuationConsensus.of(ticker, methods);
  }

  static boolean usable(OptionalDouble marketCap) {
    return marketCap.isPresent() && marketCap.getAsDouble() > 0;
  }

  static ToolResult missingMarketCap(String tool, String ticker) {
    return ToolResult.unavailable(
        tool, ticker, ticker + ": no positive market cap as of the decision");
  }
}
