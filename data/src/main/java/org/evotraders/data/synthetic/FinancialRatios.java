package org.evotraders.data.synthetic;

import java.util.HashMap;
import java.util.Map;

/**
 * Computes the financialdatasets.ai metrics of one quarterly report from its figures, the report a
 * year earlier (for growth) and the close on the report period (for valuation). A ratio whose
 * denominator is zero or negative, or a growth without a year-earlier report, is left out, as the
 * provider leaves such values null.
 */
final class FinancialRatios {

  private FinancialRatios() {}

  static Map<String, Double> of(QuarterlyReport report, QuarterlyReport yearAgo, double close) {
    var ratios = new HashMap<String, Double>();
    double revenue = report.get("revenue");
    double netIncome = report.get("net_income");
    double equity = report.get("shareholders_equity");
    double assets = report.get("total_assets");
    double shares = report.get("outstanding_shares");
    double freeCashFlow = report.get("free_cash_flow");
    double ebitda = report.get("ebitda");
    double marketCap = shares * close;
    double enterpriseValue =
        marketCap + report.get("total_debt") - report.get("cash_and_equivalents");

    ratios.put("market_cap", marketCap);
    ratios.put("enterprise_value", enterpriseValue);
    putRatio(ratios, "price_to_earnings_ratio", marketCap, netIncome);
    putRatio(ratios, "price_to_book_ratio", marketCap, equity);
    putRatio(ratios, "price_to_sales_ratio", marketCap, revenue);
    putRatio(ratios, "enterprise_value_to_ebitda_ratio", enterpriseValue, ebitda);
    putRatio(ratios, "enterprise_value_to_revenue_ratio", enterpriseValue, revenue);
    putRatio(ratios, "free_cash_flow_yield", freeCashFlow, marketCap);
    putRatio(ratios, "gross_margin", report.get("gross_profit"), revenue);
    putRatio(ratios, "operating_margin", report.get("operating_income"), revenue);
    putRatio(ratios, "net_margin", netIncome, revenue);
    putRatio(ratios, "return_on_equity", netIncome, equity);
    putRatio(ratios, "return_on_assets", netIncome, assets);
    putRatio(ratios, "asset_turnover", revenue, assets);
    putRatio(
        ratios,
        "inventory_turnover",
        revenue - report.get("gross_profit"),
        report.get("inventory"));
    putRatio(
        ratios, "receivables_turnover", revenue, report.get("trade_and_non_trade_receivables"));
    putRatio(ratios, "working_capital_turnover", revenue, report.get("working_capital"));
    putRatio(
        ratios, "current_ratio", report.get("current_assets"), report.get("current_liabilities"));
    putRatio(
        ratios,
        "quick_ratio",
        report.get("current_assets") - report.get("inventory"),
        report.get("current_liabilities"));
    putRatio(
        ratios,
        "cash_ratio",
        report.get("cash_and_equivalents"),
        report.get("current_liabilities"));
    putRatio(ratios, "debt_to_equity", report.get("total_debt"), equity);
    putRatio(ratios, "debt_to_assets", report.get("total_debt"), assets);
    putRatio(
        ratios,
        "interest_coverage",
        report.get("operating_income"),
        report.get("interest_expense"));
    putRatio(ratios, "earnings_per_share", netIncome, shares);
    putRatio(ratios, "book_value_per_share", equity, shares);
    putRatio(ratios, "free_cash_flow_per_share", freeCashFlow, shares);
    if (yearAgo != null) {
      putGrowth(ratios, "revenue_growth", report, yearAgo, "revenue");
      putGrowth(ratios, "earnings_growth", report, yearAgo, "net_income");
      putGrowth(ratios, "book_value_growth", report, yearAgo, "shareholders_equity");
      putGrowth(ratios, "free_cash_flow_growth", report, yearAgo, "free_cash_flow");
      putGrowth(ratios, "operating_income_growth", report, yearAgo, "operating_income");
      putGrowth(ratios, "ebitda_growth", report, yearAgo, "ebitda");
    }
    return ratios;
  }

  private static void putRatio(Map<String, Double> ratios, String name, double part, double whole) {
    if (whole > 0) {
      ratios.put(name, part / whole);
    }
  }

  /**
   * Growth against the absolute earlier value, so a loss shrinking to a profit counts as growth.
   */
  private static void putGrowth(
      Map<String, Double> ratios,
      String name,
      QuarterlyReport now,
      QuarterlyReport then,
      String item) {
    double before = then.get(item);
    if (before != 0) {
      ratios.put(name, (now.get(item) - before) / Math.abs(before));
    }
  }
}
