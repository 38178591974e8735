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
 * The original's {@code residual_income_valuation_analysis} (Edwards-Bell-Ohlson): book value =
 * market cap / P/B; residual income = net income - 10% x book value, grown at the book value growth
 * (clamped, else 3%) for 5 years, plus a terminal value at 3% growth; intrinsic value = (book value
 * + both present values) less a 20% margin of safety.
 */
final class ResidualIncomeValuation {

  /** The original: cost of equity 10%. */
  static final double COST_OF_EQUITY = 0.10;

  /** The original: terminal growth 3%. */
  static final double TERMINAL_GROWTH = 0.03;

  /** The original: 20% margin of safety. */
  static final double MARGIN_OF_SAFETY = 0.20;

  /** The original: 5 explicit years. */
  static final int YEARS = 5;

  /** The original: book value growth 3% when none is reported. */
  static final double DEFAULT_GROWTH = 0.03;

  private ResidualIncomeValuation() {}

  static ToolResult of(
      String ticker,
      List<FinancialMetrics> metrics,
      List<LineItems> lineItems,
      OptionalDouble marketCap) {
    String tool = ValuationTools.RESIDUAL_INCOME;
    List<LineItems> items = TrailingTwelveMonths.lineItems(ticker, lineItems);
    OptionalDouble netIncome =
        items.isEmpty() ? OptionalDouble.empty() : items.getFirst().get("net_income");
    if (netIncome.isEmpty()) {
      return ToolResult.unavailable(tool, ticker, ticker + ": no ttm net_income line item");
    }
    List<FinancialMetrics> ttm = TrailingTwelveMonths.metrics(ticker, metrics);
    OptionalDouble priceToBook =
        ttm.isEmpty() ? OptionalDouble.empty() : ttm.getFirst().get("price_to_book_ratio");
    if (priceToBook.isEmpty() || priceToBook.getAsDouble() <= 0) {
      return ToolResult.unavailable(
          tool, ticker, ticker + ": no positive price_to_book_ratio in the ttm metrics");
    }
    if (!ValuationTools.usable(marketCap)) {
      return ValuationTools.missingMarketCap(tool, ticker);
    }
    double bookValue = marketCap.getAsDouble() / priceToBook.getAsDouble();
    double residualIncome = netIncome.getAsDouble() - COST_OF_EQUITY * bookValue;
    if (residualIncome <= 0) {
      return ToolResult.unavailable(
          tool,
          ticker,
          "%s: residual income is %s (net income below 10%% of book value %s); the model gives no value"
              .formatted(ticker, ValueGap.money(residualIncome), ValueGap.money(bookValue)));
    }
    double growth = GrowthAssumption.of(ttm.getFirst().get("book_value_growth"), DEFAULT_GROWTH);

    Projection projection = new Projection(COST_OF_EQUITY, YEARS);
    double forecast = projection.presentValueOfGrowing(residualIncome, growth);
    // As the original: the terminal year's income is grown at the book value growth, not at 3%.
    double terminal =
        projection.presentValueOfTerminal(
            residualIncome * Math.pow(1 + growth, YEARS + 1), TERMINAL_GROWTH);
    double intrinsic = (bookValue + forecast + terminal) * (1 - MARGIN_OF_SAFETY);

    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("net_income", netIncome.getAsDouble());
    figures.put("price_to_book_ratio", priceToBook.getAsDouble());
    figures.put("book_value", bookValue);
    figures.put("residual_income", residualIncome);
    figures.put("book_value_growth", growth);
    figures.put("cost_of_equity", COST_OF_EQUITY);
    figures.put("margin_of_safety", MARGIN_OF_SAFETY);
    return new ValueGap(intrinsic, marketCap.getAsDouble())
        .result(
            tool,
            ticker,
            "residual income valuation (ttm to " + items.getFirst().reportPeriod() + ")",
            figures,
            List.of(
                "Book value %s (market cap / P/B %.2f), residual income %s"
                    .formatted(
                        ValueGap.money(bookValue),
                        priceToBook.getAsDouble(),
                        ValueGap.money(residualIncome)),
                "Book value growth %.1f%%, cost of equity %.0f%%, with a %.0f%% margin of safety"
                    .formatted(growth * 100, COST_OF_EQUITY * 100, MARGIN_OF_SAFETY * 100)));
  }
}
