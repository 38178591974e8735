package org.evotraders.analysis.valuation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.evotraders.analysis.ToolResult;
import org.evotraders.analysis.fundamentals.TrailingTwelveMonths;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.LineItems;

/**
 * The original's {@code dcf_valuation_analysis}: ttm free cash flow grown for 5 years at the
 * earnings growth (clamped, else 5%), discounted at 10%, plus a terminal value growing at 3%.
 *
 * <p>As in the original, the present value of free cash flow is set against the market cap, not
 * against the enterprise value, so net debt is ignored.
 */
final class DiscountedCashFlowValuation {

  /** The original: discount rate 10%. */
  static final double DISCOUNT_RATE = 0.10;

  /** The original: terminal growth 3%. */
  static final double TERMINAL_GROWTH = 0.03;

  /** The original: 5 explicit years. */
  static final int YEARS = 5;

  /** The original: growth 5% when earnings growth is not reported. */
  static final double DEFAULT_GROWTH = 0.05;

  private DiscountedCashFlowValuation() {}

  static ToolResult of(
      String ticker,
      List<FinancialMetrics> metrics,
      List<LineItems> lineItems,
      OptionalDouble marketCap) {
    String tool = ValuationTools.DCF;
    List<LineItems> items = TrailingTwelveMonths.lineItems(ticker, lineItems);
    OptionalDouble freeCashFlow =
        items.isEmpty() ? OptionalDouble.empty() : items.getFirst().get("free_cash_flow");
    if (freeCashFlow.isEmpty()) {
      return ToolResult.unavailable(tool, ticker, ticker + ": no ttm free_cash_flow line item");
    }
    double fcf = freeCashFlow.getAsDouble();
    if (fcf <= 0) {
      return ToolResult.unavailable(
          tool,
          ticker,
          "%s: ttm free cash flow is %s; a DCF of a non-positive cash flow is meaningless"
              .formatted(ticker, ValueGap.money(fcf)));
    }
    if (!ValuationTools.usable(marketCap)) {
      return ValuationTools.missingMarketCap(tool, ticker);
    }
    List<FinancialMetrics> ttm = TrailingTwelveMonths.metrics(ticker, metrics);
    OptionalDouble reported =
        ttm.isEmpty() ? OptionalDouble.empty() : ttm.getFirst().get("earnings_growth");
    double growth = GrowthAssumption.of(reported, DEFAULT_GROWTH);

    Projection projection = new Projection(DISCOUNT_RATE, YEARS);
    double forecast = projection.presentValueOfGrowing(fcf, growth);
    double terminal =
        projection.presentValueOfTerminal(
            fcf * Math.pow(1 + growth, YEARS) * (1 + TERMINAL_GROWTH), TERMINAL_GROWTH);

    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("free_cash_flow", fcf);
    figures.put("growth_rate", growth);
    figures.put("discount_rate", DISCOUNT_RATE);
    figures.put("terminal_growth", TERMINAL_GROWTH);
    figures.put("present_value_forecast", forecast);
    figures.put("present_value_terminal", terminal);
    return new ValueGap(forecast + terminal, marketCap.getAsDouble())
        .result(
            tool,
            ticker,
            "DCF valuation (ttm to " + items.getFirst().reportPeriod() + ")",
            figures,
            List.of(
                "Free cash flow: " + ValueGap.money(fcf),
                "Growth %.1f%% for %d years%s, discount %.0f%%, terminal growth %.0f%%"
                    .formatted(
                        growth * 100,
                        YEARS,
                        reported.isEmpty() ? " (default: no earnings growth reported)" : "",
                        DISCOUNT_RATE * 100,
                        TERMINAL_GROWTH * 100)));
  }
}
