package org.evotraders.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.agents.facts.RiskFacts;
import org.evotraders.agents.offline.RiskWarning.Kind;
import org.evotraders.agents.offline.RiskWarning.Level;
import org.evotraders.core.event.RiskLimit;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static RiskLimit limit(
      String ticker, double price, double volatility, double correlation) {
    return new RiskLimit(ticker, price, volatility, correlation, 0.10, 10_000, 10_000, 40, 40);
  }

  private static RiskFacts facts(
      double nav,
      double cash,
      double margin,
      Map<String, Long> positions,
      Map<String, Double> prices,
      Map<String, RiskLimit> limits) {
    return new RiskFacts(
        DAY,
        List.copyOf(limits.keySet()).stream().sorted().toList(),
        new PortfolioFacts(nav, cash, margin, 0.25, positions, prices, limits, 1.5));
  }

  @Test
  void listsTheWarningsMostSevereFirst() {
    // AAPL 150 x 200 = 30,000 = 30% of NAV: HIGH concentration. Cash 3,000 = 3%: MEDIUM.
    // AAPL vol 55% and held: MEDIUM; MSFT correlation .85: MEDIUM; TSLA vol 62% not held and
    // correlation .65: LOW. Gross 40,000 = 0.4x and margin 2.5% stay quiet.
    RiskFacts facts =
        facts(
            100_000,
            3_000,
            2_500,
            Map.of("AAPL", 150L, "MSFT", -100L),
            Map.of("AAPL", 200.0, "MSFT", 100.0, "TSLA", 250.0),
            Map.of(
                "AAPL", limit("AAPL", 200, 0.55, 0.30),
                "MSFT", limit("MSFT", 100, 0.20, 0.85),
                "TSLA", limit("TSLA", 250, 0.62, 0.65)));

    assertThat(RiskRules.warnings(facts))
        .extracting(RiskWarning::level, RiskWarning::kind)
        .containsExactly(
            tuple(Level.HIGH, Kind.CONCENTRATION),
            tuple(Level.MEDIUM, Kind.VOLATILITY),
            tuple(Level.MEDIUM, Kind.CORRELATION),
            tuple(Level.MEDIUM, Kind.CASH),
            tuple(Level.LOW, Kind.VOLATILITY),
            tuple(Level.LOW, Kind.CORRELATION));
    assertThat(RiskRules.answer(facts))
        .contains(
            "Warnings, most severe first:\n"
                + "1. **HIGH** AAPL is 30.0% of NAV, the largest position.\n"
                + "2. **MEDIUM** AAPL has annual volatility 55.0% and is held; its limit is 10.0% of NAV.\n"
                + "3. **MEDIUM** MSFT correlates 0.85 on average with the holdings.\n"
                + "4. **MEDIUM** cash is 3.0% of NAV, below 5.0%.\n"
                + "5. **LOW** TSLA has annual volatility 62.0%; its limit is 10.0% of NAV.\n"
                + "6. **LOW** TSLA correlates 0.65 on average with the holdings.\n");
  }

  @Test
  void putsGrossExposureAboveTheCapFirstAmongHighWarnings() {
    // Gross 500 x 200 + 700 x 100 = 170,000 = 1.7x NAV > 1.5x; AAPL 100% of NAV; margin 60%.
    RiskFacts facts =
        facts(
            100_000,
            50_000,
            60_000,
            Map.of("AAPL", 500L, "MSFT", -700L),
            Map.of("AAPL", 200.0, "MSFT", 100.0),
            Map.of(
                "AAPL", limit("AAPL", 200, 0.2, Double.NaN), "MSFT", limit("MSFT", 100, 0.2, 0.1)));

    assertThat(RiskRules.warnings(facts))
        .extracting(RiskWarning::level, RiskWarning::kind)
        .containsExactly(
            tuple(Level.HIGH, Kind.GROSS_EXPOSURE),
            tuple(Level.HIGH, Kind.CONCENTRATION),
            tuple(Level.HIGH, Kind.MARGIN));
    assertThat(RiskRules.warnings(facts).getFirst().text())
        .isEqualTo("gross exposure 1.7x NAV is above the 1.5x cap.");
  }

  @Test
  void warnsAtMediumLevelWhenGrossExposureNearsTheCap() {
    // 1.3x NAV is above 80% of the 1.5x cap (1.2x) but below the cap.
    RiskFacts facts =
        facts(
            100_000,
            40_000,
            0,
            Map.of(
                "AAPL", 100L, "MSFT", 100L, "TSLA", 100L, "NVDA", 100L, "AMZN", 100L, "META", 100L,
                "GOOG", 100L),
            Map.of(
                "AAPL", 190.0, "MSFT", 190.0, "TSLA", 190.0, "NVDA", 180.0, "AMZN", 180.0, "META",
                180.0, "GOOG", 190.0),
            Map.of());

    assertThat(RiskRules.warnings(facts))
        .extracting(RiskWarning::level, RiskWarning::kind)
        .containsExactly(tuple(Level.MEDIUM, Kind.GROSS_EXPOSURE));
  }

  @Test
  void saysNoWarningsAndNamesTheTickersWithoutALimit() {
    RiskFacts facts =
        new RiskFacts(
            DAY,
            List.of("AAPL", "XYZ"),
            new PortfolioFacts(
                100_000,
                100_000,
                0,
                0.25,
                Map.of(),
                Map.of("AAPL", 200.0),
                Map.of(
                    "AAPL",
                    new RiskLimit("AAPL", 200, 0.22, Double.NaN, 0.2, 20_000, 20_000, 100, 100)),
                1.5));

    assertThat(RiskRules.answer(facts))
        .isEqualTo(
            "**Risk assessment, 2024-03-01.** NAV $100,000; cash $100,000; gross exposure $0 (cap 1.5x"
                + " NAV); net $0; margin used $0.\n\n"
                + "No warnings.\n\n"
                + "Per-ticker limits: see today's risk limits; no limit today, so no trade: XYZ.\n");
  }

  @Test
  void warnsOnlyThatNavIsNotPositiveWhenTheBookIsWipedOut() {
    RiskFacts facts =
        facts(-5_000, 1_000, 0, Map.of("AAPL", -100L), Map.of("AAPL", 200.0), Map.of());

    assertThat(RiskRules.warnings(facts))
        .extracting(RiskWarning::level, RiskWarning::kind)
        .containsExactly(tuple(Level.HIGH, Kind.NAV));
  }
}
