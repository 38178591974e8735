package org.evotraders.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.answers.TickerView;
import org.evotraders.agents.facts.AnalystFacts;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class AnalystRulesTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static ToolResult tool(String name, double score, Map<String, Double> figures) {
    return new ToolResult(
        name, "AAPL", Signal.ofScore(score, 0.2), score, figures, name + " text. More.", true);
  }

  private static Map<String, Double> ordered(String first, double a, String second, double b) {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put(first, a);
    figures.put(second, b);
    return figures;
  }

  private static ToolResult tool(String name, double score) {
    return tool(name, score, Map.of());
  }

  private static TickerView view(
      Role role, List<ToolResult> results, List<String> memories, String reflection) {
    AnalystFacts facts =
        new AnalystFacts(role, DAY, List.of("AAPL"), Map.of("AAPL", results), memories, reflection);
    return AnalystRules.answer(facts).signals().getFirst();
  }

  private static TickerView view(Role role, List<ToolResult> results) {
    return view(role, results, List.of(), "");
  }

  @Test
  void combinesTechnicalToolsWithAiHedgeFundsWeights() {
    // S = (.25*.8 + .20*-.4 + .25*.6 + .15*.2) / .85 = .30 / .85 = 0.3529
    // A = (.25 + .25 + .15) / .85 = 0.7647; confidence = round(100 * (0.3529 + 0.7647) / 2) = 56
    TickerView view =
        view(
            Role.TECHNICAL_ANALYST,
            List.of(
                tool("analyze_trend_following", 0.8, ordered("sma20", 101.25, "sma50", 98.5)),
                tool("analyze_mean_reversion", -0.4, Map.of("rsi14", 71.2)),
                tool("analyze_momentum", 0.6),
                tool("analyze_volatility", 0.2)));

    assertThat(view.signal()).isEqualTo(Signal.BULLISH);
    assertThat(view.confidence()).isEqualTo(56);
    assertThat(view.reasoning())
        .startsWith(
            "Strongest evidence: analyze_trend_following scores +0.80 (sma20 101.3, sma50 98.5).")
        .contains("Combined score +0.35 over 4 of 4 tools with data; 76.5% of their weight agrees.")
        .contains("Against: analyze_mean_reversion scores -0.40 (rsi14 71.2).");
  }

  @Test
  void renormalisesTheWeightsOverTheToolsThatHadData() {
    // S = (.35*.6 + .10*.3) / (.35 + .10) = .24 / .45 = 0.5333; A = 1
    // confidence = round(100 * (0.5333 + 1) / 2) = 77 (without renormalising S would be .24 -> 62)
    TickerView view =
        view(
            Role.VALUATION_ANALYST,
            List.of(
                tool("dcf_valuation_analysis", 0.6),
                ToolResult.unavailable(
                    "owner_earnings_valuation_analysis", "AAPL", "no line items"),
                ToolResult.unavailable(
                    "ev_ebitda_valuation_analysis", "AAPL", "fewer than 3 multiples"),
                tool("residual_income_valuation_analysis", 0.3)));

    assertThat(view.signal()).isEqualTo(Signal.BULLISH);
    assertThat(view.confidence()).isEqualTo(77);
    assertThat(view.reasoning())
        .contains("over 2 of 4 tools with data")
        .contains("No data: owner_earnings_valuation_analysis, ev_ebitda_valuation_analysis.");
  }

  @Test
  void weighsNewsOverInsidersForABearishView() {
    // S = .7*-.6 + .3*.2 = -.36; A = .7; confidence = round(100 * (.36 + .7) / 2) = 53
    TickerView view =
        view(
            Role.SENTIMENT_ANALYST,
            List.of(tool("analyze_news_sentiment", -0.6), tool("analyze_insider_trading", 0.2)));

    assertThat(view.signal()).isEqualTo(Signal.BEARISH);
    assertThat(view.confidence()).isEqualTo(53);
  }

  @Test
  void statesANeutralViewAtHalfTheWeightThatSeesNoEdge() {
    // S = .7*.1 + .3*-.5 = -.08, neutral; N = .7 (news within +-0.2); confidence = round(50 * .7) =
    // 35
    TickerView view =
        view(
            Role.SENTIMENT_ANALYST,
            List.of(tool("analyze_news_sentiment", 0.1), tool("analyze_insider_trading", -0.5)));

    assertThat(view.signal()).isEqualTo(Signal.NEUTRAL);
    assertThat(view.confidence()).isEqualTo(35);
    assertThat(view.reasoning()).contains("within +-0.2: no clear edge");
  }

  @Test
  void weighsFundamentalToolsEqually() {
    // S = (1 + .5 + 0 - .5 + 1) / 5 = .4; A = 3/5 = .6; confidence = round(100 * (.4 + .6) / 2) =
    // 50
    TickerView view =
        view(
            Role.FUNDAMENTALS_ANALYST,
            List.of(
                tool("analyze_profitability", 1),
                tool("analyze_growth", 0.5),
                tool("analyze_financial_health", 0),
                tool("analyze_valuation_ratios", -0.5),
                tool("analyze_efficiency_ratios", 1)));

    assertThat(view.signal()).isEqualTo(Signal.BULLISH);
    assertThat(view.confidence()).isEqualTo(50);
    assertThat(view.reasoning())
        .startsWith(
            "Strongest evidence: analyze_profitability scores +1.00 (analyze_profitability text).");
  }

  @Test
  void isNeutralWithNoConfidenceWhenNoToolHadData() {
    TickerView view =
        view(
            Role.VALUATION_ANALYST,
            List.of(
                ToolResult.unavailable("dcf_valuation_analysis", "AAPL", "no free cash flow"),
                ToolResult.unavailable("residual_income_valuation_analysis", "AAPL", "no P/B")));

    assertThat(view.signal()).isEqualTo(Signal.NEUTRAL);
    assertThat(view.confidence()).isZero();
    assertThat(view.reasoning()).isEqualTo("No tool had data for AAPL (all 2 unavailable).");
  }

  @Test
  void isNeutralWithNoConfidenceForATickerWithoutToolResults() {
    AnalystFacts facts =
        new AnalystFacts(Role.TECHNICAL_ANALYST, DAY, List.of("MSFT"), Map.of(), List.of(), null);

    TickerView view = AnalystRules.answer(facts).signals().getFirst();

    assertThat(view.ticker()).isEqualTo("MSFT");
    assertThat(view.signal()).isEqualTo(Signal.NEUTRAL);
    assertThat(view.confidence()).isZero();
  }

  @Test
  void mentionsTheClosestMemoryAndTheReflectionWithoutChangingTheNumbers() {
    List<ToolResult> tools = List.of(tool("analyze_momentum", 0.6));
    TickerView plain = view(Role.TECHNICAL_ANALYST, tools);

    TickerView recalled =
        view(
            Role.TECHNICAL_ANALYST,
            tools,
            List.of(
                "2023-11-02 AAPL momentum +0.6, next day -1.2%", "2023-06-01 AAPL momentum +0.4"),
            "My last 10 calls on AAPL were 3 right. I chase momentum too early.");

    assertThat(recalled.signal()).isEqualTo(plain.signal());
    assertThat(recalled.confidence()).isEqualTo(plain.confidence());
    assertThat(recalled.reasoning())
        .endsWith(
            " Memory recalls 2 similar days; closest: 2023-11-02 AAPL momentum +0.6, next day -1.2%."
                + " Reflection: My last 10 calls on AAPL were 3 right.");
  }

  @Test
  void saysWhatMemoryRecallsOnceADayInTheFirstTickersReasoning() {
    List<ToolResult> tools = List.of(tool("analyze_momentum", 0.6));
    AnalystFacts facts =
        new AnalystFacts(
            Role.TECHNICAL_ANALYST,
            DAY,
            List.of("AAPL", "MSFT", "NVDA"),
            Map.of("AAPL", tools, "MSFT", tools, "NVDA", tools),
            List.of("2023-11-02 AAPL momentum +0.6, next day -1.2%"),
            "My last 10 calls were 3 right.");

    List<TickerView> views = AnalystRules.answer(facts).signals();

    assertThat(views.getFirst().reasoning()).contains("Memory recalls 1 similar day", "Reflection");
    assertThat(views.subList(1, 3))
        .allSatisfy(v -> assertThat(v.reasoning()).doesNotContain("Memory", "Reflection"))
        .allSatisfy(v -> assertThat(v.confidence()).isEqualTo(views.getFirst().confidence()));
  }
}
