package org.evotraders.analysis.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class FundamentalToolsTest {

  private static FinancialMetrics ttm(LocalDate period, Map<String, Double> values) {
    return new FinancialMetrics("AAPL", period, "ttm", period.plusDays(30), values);
  }

  // AAPL's ttm record for 2023-12-30 in the ai-hedge-fund fixture (financial_metrics/AAPL_...json).
  private static final FinancialMetrics AAPL_2023Q4 =
      ttm(
          LocalDate.of(2023, 12, 30),
          Map.ofEntries(
              Map.entry("return_on_equity", 1.56),
              Map.entry("net_margin", 0.262),
              Map.entry("operating_margin", 0.30706289246213436),
              Map.entry("price_to_earnings_ratio", 29.673),
              Map.entry("price_to_book_ratio", 40.41),
              Map.entry("price_to_sales_ratio", 7.763),
              Map.entry("current_ratio", 1.073),
              Map.entry("debt_to_equity", 3.771),
              Map.entry("asset_turnover", 1.123)));

  @Test
  void profitabilityIsBullishWhenAllThreeMarginsClearAiHedgeFundsThresholds() {
    // ROE 156% > 15%, net margin 26.2% > 20%, operating margin 30.7% > 15%: 3 passes, score 3/3.
    ToolResult result = FundamentalTools.profitability("AAPL", List.of(AAPL_2023Q4));

    assertThat(result.signal()).isEqualTo(Signal.BULLISH);
    assertThat(result.score()).isEqualTo(1.0);
    assertThat(result.figures())
        .containsEntry("return_on_equity", 1.56)
        .containsEntry("checks_passed", 3.0);
    assertThat(result.text()).contains("ROE 156.0% (> 15%): yes", "Net margin 26.2% (> 20%): yes");
  }

  @Test
  void valuationRatiosAreBearishWhenTwoOrMoreRatiosAreExpensive() {
    // P/E 29.7 > 25, P/B 40.4 > 3, P/S 7.8 > 5: all expensive, so bearish with score -1.
    ToolResult result = FundamentalTools.valuationRatios("AAPL", List.of(AAPL_2023Q4));

    assertThat(result.signal()).isEqualTo(Signal.BEARISH);
    assertThat(result.score()).isEqualTo(-1.0);
  }

  @Test
  void aNegativePriceToEarningsIsNotMeaningfulRatherThanCheap() {
    FinancialMetrics losses =
        ttm(
            LocalDate.of(2023, 12, 30),
            Map.of("price_to_earnings_ratio", -12.0, "price_to_book_ratio", 2.0));

    ToolResult result = FundamentalTools.valuationRatios("AAPL", List.of(losses));

    // Only P/B counts: 0 of 1 expensive -> bullish by the "none expensive" rule; score (0-1)/3
    // flipped.
    assertThat(result.figures()).containsEntry("checks_available", 1.0);
    assertThat(result.signal()).isEqualTo(Signal.BULLISH);
    assertThat(result.score()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(result.text()).contains("P/E n/a");
  }

  @Test
  void financialHealthCountsOnlyTheChecksItHasFiguresFor() {
    // Current ratio 1.073 < 1.5 fails, D/E 3.771 > 0.5 fails, FCF/share and EPS absent: missing.
    ToolResult result = FundamentalTools.financialHealth("AAPL", List.of(AAPL_2023Q4));

    assertThat(result.signal()).isEqualTo(Signal.BEARISH);
    assertThat(result.score()).isCloseTo(-2.0 / 3, within(1e-12));
    assertThat(result.figures()).containsEntry("checks_available", 2.0);
  }

  @Test
  void cashConversionPassesWhenFreeCashFlowPerShareExceedsEightyPercentOfEps() {
    // 5.00 > 0.8 x 6.00 = 4.80 passes; current ratio 2 > 1.5 passes; D/E 0.6 fails -> 2 of 3,
    // bullish.
    FinancialMetrics m =
        ttm(
            LocalDate.of(2024, 3, 30),
            Map.of(
                "current_ratio", 2.0,
                "debt_to_equity", 0.6,
                "free_cash_flow_per_share", 5.0,
                "earnings_per_share", 6.0));

    ToolResult result = FundamentalTools.financialHealth("AAPL", List.of(m));

    assertThat(result.signal()).isEqualTo(Signal.BULLISH);
    assertThat(result.score()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void growthIsNeutralWhenExactlyOneRateClearsTenPercent() {
    FinancialMetrics m =
        ttm(
            LocalDate.of(2024, 3, 30),
            Map.of("revenue_growth", 0.02, "earnings_growth", 0.04, "book_value_growth", 0.19));

    ToolResult result = FundamentalTools.growth("AAPL", List.of(m));

    assertThat(result.signal()).isEqualTo(Signal.NEUTRAL);
    assertThat(result.score()).isCloseTo(-1.0 / 3, within(1e-12));
  }

  @Test
  void readsTheNewestTtmRecordAndIgnoresAnnualOnes() {
    FinancialMetrics older = ttm(LocalDate.of(2023, 9, 30), Map.of("return_on_equity", 0.01));
    FinancialMetrics annual =
        new FinancialMetrics(
            "AAPL",
            LocalDate.of(2024, 9, 30),
            "annual",
            LocalDate.of(2024, 11, 1),
            Map.of("return_on_equity", 0.01));

    ToolResult result = FundamentalTools.profitability("AAPL", List.of(older, annual, AAPL_2023Q4));

    assertThat(result.text()).contains("ttm to 2023-12-30");
  }

  @Test
  void efficiencyComparesEachTurnoverWithItsHistoricalMedian() {
    // Asset turnover 1.2 vs median(1.0, 1.1, 0.9) = 1.0: +20% improving. Inventory 50 vs median 50:
    // unchanged. Score (1 + 0) / 2 = 0.5 > 0.25 -> bullish.
    List<FinancialMetrics> history =
        List.of(
            ttm(
                LocalDate.of(2024, 3, 30),
                Map.of("asset_turnover", 1.2, "inventory_turnover", 50.0)),
            ttm(
                LocalDate.of(2023, 12, 30),
                Map.of("asset_turnover", 1.0, "inventory_turnover", 49.0)),
            ttm(
                LocalDate.of(2023, 9, 30),
                Map.of("asset_turnover", 1.1, "inventory_turnover", 50.0)),
            ttm(
                LocalDate.of(2023, 6, 30),
                Map.of("asset_turnover", 0.9, "inventory_turnover", 51.0)));

    ToolResult result = FundamentalTools.efficiencyRatios("AAPL", history);

    assertThat(result.figures().get("asset_turnover_change_vs_median"))
        .isCloseTo(0.2, within(1e-12));
    assertThat(result.score()).isEqualTo(0.5);
    assertThat(result.signal()).isEqualTo(Signal.BULLISH);
  }

  @Test
  void everyToolIsUnavailableWithAReasonWhenNoTtmMetricsAreGiven() {
    List<ToolResult> results = FundamentalTools.all("AAPL", List.of());

    assertThat(results)
        .extracting(ToolResult::tool)
        .containsExactly(
            "analyze_profitability",
            "analyze_growth",
            "analyze_financial_health",
            "analyze_valuation_ratios",
            "analyze_efficiency_ratios");
    assertThat(results)
        .allSatisfy(
            r -> {
              assertThat(r.available()).isFalse();
              assertThat(r.text()).contains("no trailing-twelve-month financial metrics");
            });
  }

  @Test
  void aToolIsUnavailableWhenNoneOfItsFiguresIsReported() {
    ToolResult result = FundamentalTools.growth("AAPL", List.of(AAPL_2023Q4));

    assertThat(result.available()).isFalse();
    assertThat(result.text()).contains("none of the figures");
  }

  @Test
  void refusesMetricsOfAnotherTicker() {
    FinancialMetrics msft =
        new FinancialMetrics("MSFT", LocalDate.of(2023, 12, 31), "ttm", null, Map.of());

    assertThatThrownBy(() -> FundamentalTools.profitability("AAPL", List.of(msft)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MSFT");
  }
}
