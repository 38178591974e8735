package org.evotraders.analysis.fundamentals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.FinancialMetrics;

/**
 * The fundamentals analyst's five tools, named as in the original ({@code
 * tools/analysis_tools.py}). Each reads the latest trailing-twelve-month {@link FinancialMetrics}
 * among the records handed to it; the ratio tools vote with ai-hedge-fund's thresholds (see {@link
 * ThresholdVote}), the efficiency tool compares turnovers with the company's own history (see
 * {@link EfficiencyTrend}).
 */
public final class FundamentalTools {

  public static final String PROFITABILITY = "analyze_profitability";
  public static final String GROWTH = "analyze_growth";
  public static final String FINANCIAL_HEALTH = "analyze_financial_health";
  public static final String VALUATION_RATIOS = "analyze_valuation_ratios";
  public static final String EFFICIENCY_RATIOS = "analyze_efficiency_ratios";

  // Thresholds of ai-hedge-fund src/agents/fundamentals.py (v1), all strict inequalities.
  /** Return on equity above 15% is strong. */
  static final double STRONG_ROE = 0.15;

  /** Net margin above 20% is healthy. */
  static final double HEALTHY_NET_MARGIN = 0.20;

  /** Operating margin above 15% is strong operating efficiency. */
  static final double STRONG_OPERATING_MARGIN = 0.15;

  /** Revenue, earnings and book value growth above 10% each count as growth. */
  static final double STRONG_GROWTH = 0.10;

  /** Current ratio above 1.5 is strong liquidity. */
  static final double STRONG_CURRENT_RATIO = 1.5;

  /** Debt to equity below 0.5 is conservative. */
  static final double CONSERVATIVE_DEBT_TO_EQUITY = 0.5;

  /** Free cash flow per share above 0.8 x EPS is strong cash conversion. */
  static final double STRONG_FCF_CONVERSION = 0.8;

  /** P/E above 25 is expensive. */
  static final double EXPENSIVE_PE = 25;

  /** P/B above 3 is expensive. */
  static final double EXPENSIVE_PB = 3;

  /** P/S above 5 is expensive. */
  static final double EXPENSIVE_PS = 5;

  private FundamentalTools() {}

  /** Returns the five tools' results in the original's order of the analyst's toolkit. */
  public static List<ToolResult> all(String ticker, List<FinancialMetrics> metrics) {
    return List.of(
        profitability(ticker, metrics),
        growth(ticker, metrics),
        financialHealth(ticker, metrics),
        valuationRatios(ticker, metrics),
        efficiencyRatios(ticker, metrics));
  }

  /** Votes on ROE, net margin and operating margin of the latest ttm metrics. */
  public static ToolResult profitability(String ticker, List<FinancialMetrics> metrics) {
    return latest(ticker, metrics)
        .map(
            m ->
                new ThresholdVote(PROFITABILITY, "profitability", true)
                    .decide(
                        ticker,
                        m,
                        figures(m, "return_on_equity", "net_margin", "operating_margin"),
                        List.of(
                            Check.percent(
                                "ROE", m.get("return_on_equity"), "> 15%", v -> v > STRONG_ROE),
                            Check.percent(
                                "Net margin",
                                m.get("net_margin"),
                                "> 20%",
                                v -> v > HEALTHY_NET_MARGIN),
                            Check.percent(
                                "Operating margin",
                                m.get("operating_margin"),
                                "> 15%",
                                v -> v > STRONG_OPERATING_MARGIN))))
        .orElseGet(() -> missingMetrics(ticker, PROFITABILITY));
  }

  /** Votes on revenue, earnings and book value growth of the latest ttm metrics. */
  public static ToolResult growth(String ticker, List<FinancialMetrics> metrics) {
    return latest(ticker, metrics)
        .map(
            m ->
                new ThresholdVote(GROWTH, "growth", true)
                    .decide(
                        ticker,
                        m,
                        figures(m, "revenue_growth", "earnings_growth", "book_value_growth"),
                        List.of(
                            Check.percent(
                                "Revenue growth",
                                m.get("revenue_growth"),
                                "> 10%",
                                v -> v > STRONG_GROWTH),
                            Check.percent(
                                "Earnings growth",
                                m.get("earnings_growth"),
                                "> 10%",
                                v -> v > STRONG_GROWTH),
                            Check.percent(
                                "Book value growth",
                                m.get("book_value_growth"),
                                "> 10%",
                                v -> v > STRONG_GROWTH))))
        .orElseGet(() -> missingMetrics(ticker, GROWTH));
  }

  /**
   * Votes on current ratio, debt to equity, and free cash flow per share against EPS of the latest
   * ttm metrics.
   */
  public static ToolResult financialHealth(String ticker, List<FinancialMetrics> metrics) {
    return latest(ticker, metrics)
        .map(m -> financialHealth(ticker, m))
        .orElseGet(() -> missingMetrics(ticker, FINANCIAL_HEALTH));
  }

  private static ToolResult financialHealth(String ticker, FinancialMetrics m) {
    OptionalDouble fcfPerShare = m.get("free_cash_flow_per_share");
    OptionalDouble eps = m.get("earnings_per_share");
    // The conversion check needs both figures; it is shown as FCF per share over EPS.
    OptionalDouble conversion =
        fcfPerShare.isPresent() && eps.isPresent()
            ? OptionalDouble.of(
                fcfPerShare.getAsDouble() - STRONG_FCF_CONVERSION * eps.getAsDouble())
            : OptionalDouble.empty();
    String conversionLabel =
        "FCF/share %s vs EPS %s, margin over 0.8 x EPS".formatted(shown(fcfPerShare), shown(eps));
    return new ThresholdVote(FINANCIAL_HEALTH, "financial health", true)
        .decide(
            ticker,
            m,
            figures(
                m,
                "current_ratio",
                "debt_to_equity",
                "free_cash_flow_per_share",
                "earnings_per_share"),
            List.of(
                Check.ratio(
                    "Current ratio",
                    m.get("current_ratio"),
                    "> 1.5",
                    v -> v > STRONG_CURRENT_RATIO),
                Check.ratio(
                    "Debt/equity",
                    m.get("debt_to_equity"),
                    "< 0.5",
                    v -> v < CONSERVATIVE_DEBT_TO_EQUITY),
                Check.ratio(conversionLabel, conversion, "> 0", v -> v > 0)));
  }

  /**
   * Votes on P/E, P/B and P/S of the latest ttm metrics: two or more expensive ratios are bearish,
   * none is bullish. A ratio at or below zero (losses, negative book) is not meaningful and counts
   * as missing; ai-hedge-fund would call it cheap.
   */
  public static ToolResult valuationRatios(String ticker, List<FinancialMetrics> metrics) {
    return latest(ticker, metrics)
        .map(
            m ->
                new ThresholdVote(VALUATION_RATIOS, "valuation ratios", false)
                    .decide(
                        ticker,
                        m,
                        figures(
                            m,
                            "price_to_earnings_ratio",
                            "price_to_book_ratio",
                            "price_to_sales_ratio"),
                        List.of(
                            Check.ratio(
                                "P/E",
                                positive(m.get("price_to_earnings_ratio")),
                                "> 25 is expensive",
                                v -> v > EXPENSIVE_PE),
                            Check.ratio(
                                "P/B",
                                positive(m.get("price_to_book_ratio")),
                                "> 3 is expensive",
                                v -> v > EXPENSIVE_PB),
                            Check.ratio(
                                "P/S",
                                positive(m.get("price_to_sales_ratio")),
                                "> 5 is expensive",
                                v -> v > EXPENSIVE_PS))))
        .orElseGet(() -> missingMetrics(ticker, VALUATION_RATIOS));
  }

  /**
   * Reports asset, inventory, receivables and working-capital turnover of the latest ttm metrics
   * and whether each improved on the company's own earlier ttm records (levels differ too much
   * across industries for fixed thresholds; ai-hedge-fund has none).
   */
  public static ToolResult efficiencyRatios(String ticker, List<FinancialMetrics> metrics) {
    List<FinancialMetrics> ttm = TrailingTwelveMonths.metrics(ticker, metrics);
    if (ttm.isEmpty()) {
      return missingMetrics(ticker, EFFICIENCY_RATIOS);
    }
    return EfficiencyTrend.of(ticker, ttm);
  }

  private static Optional<FinancialMetrics> latest(String ticker, List<FinancialMetrics> metrics) {
    return TrailingTwelveMonths.metrics(ticker, metrics).stream().findFirst();
  }

  private static ToolResult missingMetrics(String ticker, String tool) {
    return ToolResult.unavailable(
        tool, ticker, ticker + ": no trailing-twelve-month financial metrics were available");
  }

  private static Map<String, Double> figures(FinancialMetrics m, String... names) {
    Map<String, Double> figures = new LinkedHashMap<>();
    for (String name : names) {
      m.get(name).ifPresent(v -> figures.put(name, v));
    }
    return figures;
  }

  private static OptionalDouble positive(OptionalDouble value) {
    return value.isPresent() && value.getAsDouble() > 0 ? value : OptionalDouble.empty();
  }

  private static String shown(OptionalDouble value) {
    return value.isPresent() ? "%.2f".formatted(value.getAsDouble()) : "n/a";
  }
}
