package org.evotraders.analysis.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class ValuationToolsTest {

  private static final LocalDate Q4 = LocalDate.of(2023, 12, 31);

  private static FinancialMetrics metrics(LocalDate period, Map<String, Double> values) {
    return new FinancialMetrics("ACME", period, "ttm", period.plusDays(30), values);
  }

  private static LineItems items(LocalDate period, Map<String, Double> values) {
    return new LineItems("ACME", period, "ttm", period.plusDays(30), values);
  }

  @Test
  void dcfAssumesFivePercentGrowthWhenEarningsGrowthIsNotReported() {
    // sum_{t=1..5} 100 x 1.05^t / 1.1^t = 435.812; terminal 100 x 1.05^5 x 1.03 / 0.07 / 1.1^5 =
    // 1166.064.
    ToolResult dcf =
        ValuationTools.dcf(
            "ACME",
            List.of(),
            List.of(items(Q4, Map.of("free_cash_flow", 100.0))),
            OptionalDouble.of(1000));

    assertThat(dcf.figures().get("growth_rate")).isEqualTo(0.05);
    assertThat(dcf.figures().get("intrinsic_value")).isCloseTo(1601.876, within(1e-3));
    // Gap +60.2%: bullish, score min(0.602 / 0.30, 1) = 1.
    assertThat(dcf.signal()).isEqualTo(Signal.BULLISH);
    assertThat(dcf.score()).isEqualTo(1.0);
    assertThat(dcf.text()).contains("SIGNIFICANTLY UNDERVALUED", "default");
  }

  @Test
  void dcfClampsAnEarningsRecoveryOfOneHundredFiftyPercentToTwentyFive() {
    // With g = 25%: sum 100 x 1.25^t / 1.1^t + 100 x 1.25^5 x 1.03 / 0.07 / 1.1^5 = 3533.963.
    ToolResult dcf =
        ValuationTools.dcf(
            "ACME",
            List.of(metrics(Q4, Map.of("earnings_growth", 1.5))),
            List.of(items(Q4, Map.of("free_cash_flow", 100.0))),
            OptionalDouble.of(1000));

    assertThat(dcf.figures().get("growth_rate")).isEqualTo(0.25);
    assertThat(dcf.figures().get("intrinsic_value")).isCloseTo(3533.963, within(1e-3));
  }

  @Test
  void evEbitdaValuesTodaysEbitdaAtTheMedianOfEarlierMultiples() {
    // EBITDA = 1100 / 10 = 110; median(12, 14, 13) = 13; implied EV 1430; net debt 1100 - 1000 =
    // 100;
    // implied equity 1330 vs market cap 1000: gap +33%. Multiple (13 - 10) / 13 = 23.1% below
    // history.
    List<FinancialMetrics> history =
        List.of(
            metrics(
                Q4,
                Map.of(
                    "enterprise_value",
                    1100.0,
                    "enterprise_value_to_ebitda_ratio",
                    10.0,
                    "market_cap",
                    1000.0)),
            metrics(Q4.minusMonths(3), Map.of("enterprise_value_to_ebitda_ratio", 12.0)),
            metrics(Q4.minusMonths(6), Map.of("enterprise_value_to_ebitda_ratio", 14.0)),
            metrics(Q4.minusMonths(9), Map.of("enterprise_value_to_ebitda_ratio", 13.0)));

    ToolResult result = ValuationTools.evEbitda("ACME", history, OptionalDouble.of(1000));

    assertThat(result.figures().get("median_multiple")).isEqualTo(13.0);
    assertThat(result.figures().get("intrinsic_value")).isCloseTo(1330, within(1e-9));
    assertThat(result.figures().get("value_gap")).isCloseTo(0.33, within(1e-12));
    assertThat(result.signal()).isEqualTo(Signal.BULLISH);
    assertThat(result.text()).contains("TRADING BELOW HISTORICAL MULTIPLE");
  }

  @Test
  void evEbitdaNeedsThreeEarlierMultiples() {
    List<FinancialMetrics> history =
        List.of(
            metrics(
                Q4, Map.of("enterprise_value", 1100.0, "enterprise_value_to_ebitda_ratio", 10.0)),
            metrics(Q4.minusMonths(3), Map.of("enterprise_value_to_ebitda_ratio", 12.0)),
            metrics(Q4.minusMonths(6), Map.of("enterprise_value_to_ebitda_ratio", -3.0)));

    ToolResult result = ValuationTools.evEbitda("ACME", history, OptionalDouble.of(1000));

    assertThat(result.available()).isFalse();
    assertThat(result.text()).contains("1 earlier positive EV/EBITDA multiples, at least 3 needed");
  }

  @Test
  void residualIncomeAddsDiscountedExcessReturnsToBookValue() {
    // BV = 1000 / 2 = 500; RI0 = 100 - 10% x 500 = 50; growth 3% (default);
    // sum 50 x 1.03^t / 1.1^t = 206.134; terminal 50 x 1.03^6 / 0.07 / 1.1^5 = 529.580;
    // (500 + 206.134 + 529.580) x 0.8 = 988.571; gap -1.14%: neutral.
    ToolResult result =
        ValuationTools.residualIncome(
            "ACME",
            List.of(metrics(Q4, Map.of("price_to_book_ratio", 2.0))),
            List.of(items(Q4, Map.of("net_income", 100.0))),
            OptionalDouble.of(1000));

    assertThat(result.figures().get("book_value")).isEqualTo(500.0);
    assertThat(result.figures().get("intrinsic_value")).isCloseTo(988.571, within(1e-3));
    assertThat(result.signal()).isEqualTo(Signal.NEUTRAL);
    assertThat(result.score()).isCloseTo(-0.011428571 / 0.30, within(1e-6));
  }

  @Test
  void ownerEarningsSubtractCapitalExpenditureWhateverItsSign() {
    List<LineItems> reportedNegative = twoYears(-30.0);
    List<LineItems> reportedPositive = twoYears(30.0);

    ToolResult negative =
        ValuationTools.ownerEarnings("ACME", List.of(), reportedNegative, OptionalDouble.of(1000));
    ToolResult positive =
        ValuationTools.ownerEarnings("ACME", List.of(), reportedPositive, OptionalDouble.of(1000));

    // 100 + 20 - 30 - (60 - 50) = 80 either way.
    assertThat(negative.figures().get("owner_earnings")).isEqualTo(80.0);
    assertThat(positive.figures()).isEqualTo(negative.figures());
  }

  private static List<LineItems> twoYears(double capex) {
    return List.of(
        items(
            Q4,
            Map.of(
                "net_income",
                100.0,
                "depreciation_and_amortization",
                20.0,
                "capital_expenditure",
                capex,
                "working_capital",
                60.0)),
        items(Q4.minusYears(1), Map.of("working_capital", 50.0)));
  }

  @Test
  void eachMethodSaysWhatIsMissing() {
    List<ToolResult> results =
        ValuationTools.all("ACME", List.of(), List.of(), OptionalDouble.empty());

    assertThat(results).allSatisfy(r -> assertThat(r.available()).isFalse());
    assertThat(results)
        .extracting(ToolResult::text)
        .containsExactly(
            "ACME: no ttm free_cash_flow line item",
            "ACME: owner earnings need two ttm line-item records (for the working-capital change), got 0",
            "ACME: no ttm financial metrics",
            "ACME: no ttm net_income line item");
  }

  @Test
  void aMissingMarketCapMakesAComputableValuationUnavailable() {
    ToolResult dcf =
        ValuationTools.dcf(
            "ACME",
            List.of(),
            List.of(items(Q4, Map.of("free_cash_flow", 100.0))),
            OptionalDouble.empty());

    assertThat(dcf.available()).isFalse();
    assertThat(dcf.text()).contains("no positive market cap");
  }

  @Test
  void consensusWeighsTheAvailableMethodsAsAiHedgeFund() {
    // (.35 x 0.30 + .35 x -0.10 + .10 x 0.60) / (.35 + .35 + .10) = 0.13 / 0.80 = 0.1625 > 0.15:
    // bullish.
    List<ToolResult> methods =
        List.of(
            gap(ValuationTools.DCF, 0.30),
            gap(ValuationTools.OWNER_EARNINGS, -0.10),
            ToolResult.unavailable(ValuationTools.EV_EBITDA, "ACME", "no multiples"),
            gap(ValuationTools.RESIDUAL_INCOME, 0.60));

    ToolResult consensus = ValuationTools.consensus("ACME", methods);

    assertThat(consensus.figures().get("weighted_gap")).isCloseTo(0.1625, within(1e-12));
    assertThat(consensus.signal()).isEqualTo(Signal.BULLISH);
    assertThat(consensus.score()).isCloseTo(0.1625 / 0.30, within(1e-12));
  }

  private static ToolResult gap(String tool, double gap) {
    return new ToolResult(tool, "ACME", Signal.NEUTRAL, 0, Map.of("value_gap", gap), "", true);
  }
}
