package org.evotraders.analysis.valuation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.evotraders.analysis.ToolResult;
import org.evotraders.analysis.fundamentals.TrailingTwelveMonths;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.LineItems;

/**
 * The original's {@code owner_earnings_valuation_analysis} (Buffett's owner earnings): net income +
 * depreciation and amortisation - capital expenditure - the change in working capital between the
 * two latest ttm records, grown for 5 years, discounted at the 15% required return, terminal growth
 * min(growth, 3%), less a 25% margin of safety.
 *
 * <p>Capital expenditure is subtracted as a magnitude: financialdatasets.ai reports it negative (a
 * cash outflow), and the original, subtracting the signed value, added it back. Missing line items
 * make the result unavailable; the original read them as zero.
 */
final class OwnerEarningsValuation {

  /** The original: required return 15%. */
  static final double REQUIRED_RETURN = 0.15;

  /** The original: 25% margin of safety. */
  static final double MARGIN_OF_SAFETY = 0.25;

  /** The original: terminal growth is the growth rate, at most 3%. */
  static final double MAX_TERMINAL_GROWTH = 0.03;

  /** The original: 5 explicit years. */
  static final int YEARS = 5;

  /** The original: growth 5% when earnings growth is not reported. */
  static final double DEFAULT_GROWTH = 0.05;

  static final List<String> CURRENT_ITEMS =
      List.of(
          "net_income", "depreciation_and_amortization", "capital_expenditure", "working_capital");

  private OwnerEarningsValuation() {}

  static ToolResult of(
      String ticker,
      List<FinancialMetrics> metrics,
      List<LineItems> lineItems,
      OptionalDouble marketCap) {
    String tool = ValuationTools.OWNER_EARNINGS;
    List<LineItems> items = TrailingTwelveMonths.lineItems(ticker, lineItems);
    if (items.size() < 2) {
      return ToolResult.unavailable(
          tool,
          ticker,
          ticker
              + ": owner earnings need two ttm line-item records (for the working-capital change), got "
              + items.size());
    }
    LineItems current = items.get(0);
    LineItems previous = items.get(1);
    List<String> missing = new ArrayList<>();
    CURRENT_ITEMS.stream().filter(n -> current.get(n).isEmpty()).forEach(missing::add);
    if (previous.get("working_capital").isEmpty()) {
      missing.add("working_capital of " + previous.reportPeriod());
    }
    if (!missing.isEmpty()) {
      return ToolResult.unavailable(
          tool, ticker, ticker + ": owner earnings miss line items " + String.join(", ", missing));
    }
    double netIncome = current.get("net_income").getAsDouble();
    double depreciation = current.get("depreciation_and_amortization").getAsDouble();
    double capex = Math.abs(current.get("capital_expenditure").getAsDouble());
    double workingCapitalChange =
        current.get("working_capital").getAsDouble()
            - previous.get("working_capital").getAsDouble();
    double ownerEarnings = netIncome + depreciation - capex - workingCapitalChange;
    if (ownerEarnings <= 0) {
      return ToolResult.unavailable(
          tool,
          ticker,
          "%s: owner earnings are %s; a valuation of non-positive earnings is meaningless"
              .formatted(ticker, ValueGap.money(ownerEarnings)));
    }
    if (!ValuationTools.usable(marketCap)) {
      return ValuationTools.missingMarketCap(tool, ticker);
    }
    List<FinancialMetrics> ttm = TrailingTwelveMonths.metrics(ticker, metrics);
    double growth =
        GrowthAssumption.of(
            ttm.isEmpty() ? OptionalDouble.empty() : ttm.getFirst().get("earnings_growth"),
            DEFAULT_GROWTH);
    double terminalGrowth = Math.min(growth, MAX_TERMINAL_GROWTH);

    Projection projection = new Projection(REQUIRED_RETURN, YEARS);
    double forecast = projection.presentValueOfGrowing(ownerEarnings, growth);
    double terminal =
        projection.presentValueOfTerminal(
            ownerEarnings * Math.pow(1 + growth, YEARS) * (1 + terminalGrowth), terminalGrowth);
    double intrinsic = (forecast + terminal) * (1 - MARGIN_OF_SAFETY);

    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("net_income", netIncome);
    figures.put("depreciation_and_amortization", depreciation);
    figures.put("capital_expenditure", capex);
    figures.put("working_capital_change", workingCapitalChange);
    figures.put("owner_earnings", ownerEarnings);
    figures.put("growth_rate", growth);
    figures.put("required_return", REQUIRED_RETURN);
    figures.put("margin_of_safety", MARGIN_OF_SAFETY);
    return new ValueGap(intrinsic, marketCap.getAsDouble())
        .result(
            tool,
            ticker,
            "owner earnings valuation (ttm to " + current.reportPeriod() + ")",
            figures,
            List.of(
                "Owner earnings: %s = net income %s + D&A %s - capex %s - working-capital change %s"
                    .formatted(
                        ValueGap.money(ownerEarnings),
                        ValueGap.money(netIncome),
                        ValueGap.money(depreciation),
                        ValueGap.money(capex),
                        ValueGap.money(workingCapitalChange)),
                "Growth %.1f%%, required return %.0f%%, with a %.0f%% margin of safety"
                    .formatted(growth * 100, REQUIRED_RETURN * 100, MARGIN_OF_SAFETY * 100)));
  }
}
