package org.evotraders.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.facts.ConferenceFacts;
import org.evotraders.agents.facts.ConferenceFacts.Turn;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class ConferenceRulesTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static AnalystSignal signal(Role role, String ticker, Signal signal, int confidence) {
    return new AnalystSignal(
        role.id(),
        ticker,
        signal,
        confidence,
        "Strongest evidence: tool of " + role.id() + ". More.");
  }

  /**
   * AAPL: fundamentals bullish 60, technical bullish 80, sentiment neutral 44, valuation bearish
   * 40: C = (.6 + .8 + 0 - .4) / 4 = +0.25, leans bullish, mean confidence 224 / 4 = 56; valuation
   * dissents. MSFT: three bullish 70 and valuation bullish 30: C = 2.4 / 4 = +0.60, no dissent.
   */
  private static final Map<String, Map<String, AnalystSignal>> SIGNALS =
      Map.of(
          Role.FUNDAMENTALS_ANALYST.id(),
          Map.of(
              "AAPL", signal(Role.FUNDAMENTALS_ANALYST, "AAPL", Signal.BULLISH, 60),
              "MSFT", signal(Role.FUNDAMENTALS_ANALYST, "MSFT", Signal.BULLISH, 70)),
          Role.TECHNICAL_ANALYST.id(),
          Map.of(
              "AAPL", signal(Role.TECHNICAL_ANALYST, "AAPL", Signal.BULLISH, 80),
              "MSFT", signal(Role.TECHNICAL_ANALYST, "MSFT", Signal.BULLISH, 70)),
          Role.SENTIMENT_ANALYST.id(),
          Map.of(
              "AAPL", signal(Role.SENTIMENT_ANALYST, "AAPL", Signal.NEUTRAL, 44),
              "MSFT", signal(Role.SENTIMENT_ANALYST, "MSFT", Signal.BULLISH, 70)),
          Role.VALUATION_ANALYST.id(),
          Map.of(
              "AAPL", signal(Role.VALUATION_ANALYST, "AAPL", Signal.BEARISH, 40),
              "MSFT", signal(Role.VALUATION_ANALYST, "MSFT", Signal.BULLISH, 30)));

  private static String say(
      Role speaker,
      Turn turn,
      int cycle,
      int totalCycles,
      Map<String, Map<String, AnalystSignal>> signals) {
    return ConferenceRules.answer(
        new ConferenceFacts(
            speaker,
            turn,
            DAY,
            cycle,
            totalCycles,
            List.of("AAPL", "MSFT"),
            signals,
            "No warnings.",
            List.of()));
  }

  @Test
  void openingStatesTheConsensusAsksTheDissenterAndDefersTheDecisionInRoundOne() {
    String opening = say(Role.PORTFOLIO_MANAGER, Turn.OPENING, 1, 2, SIGNALS);

    assertThat(opening)
        .isEqualTo(
            "Round 1 of 2 (2024-03-01)."
                + " AAPL: 2 bullish, 1 bearish, 1 neutral, mean confidence 56, leans bullish (+0.25)."
                + " MSFT: 4 bullish, mean confidence 60, leans bullish (+0.60)."
                + " Questions: valuation_analyst, you are bearish on AAPL at 40 while 2 are bullish:"
                + " what in your figures outweighs theirs?"
                + " I will not decide yet: I want your replies first.");
  }

  @Test
  void openingOfALaterRoundNamesTheDissentsWithoutRepeatingTheTalliesAndNoLongerDefers() {
    assertThat(say(Role.PORTFOLIO_MANAGER, Turn.OPENING, 2, 2, SIGNALS))
        .isEqualTo(
            "Round 2 of 2 (2024-03-01). The tallies stand as in round 1."
                + " Again to the dissenters: valuation_analyst on AAPL?");
  }

  @Test
  void dissenterRestatesItsViewWithItsStrongestEvidenceInRoundOne() {
    assertThat(say(Role.VALUATION_ANALYST, Turn.REPLY, 1, 2, SIGNALS))
        .isEqualTo(
            "AAPL: I stay bearish at 40 against 2 bullish. Strongest evidence: tool of valuation_analyst."
                + " No dissent from me on MSFT.");
  }

  @Test
  void outnumberedDissenterConcedesHalfItsConfidenceFromRoundTwo() {
    // Opponents 2 bullish >= 2 x 1 bearish (itself): confidence 40 -> 20.
    assertThat(say(Role.VALUATION_ANALYST, Turn.REPLY, 2, 2, SIGNALS))
        .startsWith(
            "AAPL: 2 bullish against my bearish view; I concede and lower my confidence from 40 to 20.");
  }

  @Test
  void analystInLineWithTheTeamHasNoDissent() {
    assertThat(say(Role.TECHNICAL_ANALYST, Turn.REPLY, 1, 2, SIGNALS))
        .isEqualTo("No dissent from me on any ticker.");
  }

  @Test
  void dissenterWhoKeepsItsViewInALaterRoundRefersBackToItsEvidence() {
    // Split AAPL (see below): no view, each dissenter faces one opponent, so none concedes.
    assertThat(say(Role.FUNDAMENTALS_ANALYST, Turn.REPLY, 2, 2, split()))
        .isEqualTo(
            "AAPL: I stay bullish at 90 though the team has no view (+0.15), on the evidence I gave.");
  }

  @Test
  void dissenterNotOutnumberedKeepsItsConfidenceWhenTheTeamHasNoView() {
    // Bullish 90, bearish 30, two neutral 50: C = (.9 - .3) / 4 = +0.15, no view; both dissent,
    // but each faces one opponent, fewer than twice its own side.
    Map<String, Map<String, AnalystSignal>> split = split();

    assertThat(say(Role.PORTFOLIO_MANAGER, Turn.OPENING, 1, 2, split))
        .contains(
            "AAPL: 1 bullish, 1 bearish, 2 neutral, mean confidence 55, no clear lean (+0.15).")
        .contains(
            "fundamentals_analyst, you are bullish on AAPL at 90 while the team has no view (+0.15)")
        .contains(
            "technical_analyst, you are bearish on AAPL at 30 while the team has no view (+0.15)");
    assertThat(say(Role.FUNDAMENTALS_ANALYST, Turn.REPLY, 2, 2, split))
        .startsWith("AAPL: I stay bullish at 90 though the team has no view (+0.15)");
  }

  private static Map<String, Map<String, AnalystSignal>> split() {
    return Map.of(
        Role.FUNDAMENTALS_ANALYST.id(),
            Map.of("AAPL", signal(Role.FUNDAMENTALS_ANALYST, "AAPL", Signal.BULLISH, 90)),
        Role.TECHNICAL_ANALYST.id(),
            Map.of("AAPL", signal(Role.TECHNICAL_ANALYST, "AAPL", Signal.BEARISH, 30)),
        Role.SENTIMENT_ANALYST.id(),
            Map.of("AAPL", signal(Role.SENTIMENT_ANALYST, "AAPL", Signal.NEUTRAL, 50)),
        Role.VALUATION_ANALYST.id(),
            Map.of("AAPL", signal(Role.VALUATION_ANALYST, "AAPL", Signal.NEUTRAL, 50)));
  }

  @Test
  void summaryRecomputesTheConsensusAfterTheConcessions() {
    // After two rounds valuation states 20: C = (.6 + .8 - .2) / 4 = +0.30; mean (60+80+44+20)/4 =
    // 51.
    assertThat(say(Role.PORTFOLIO_MANAGER, Turn.SUMMARY, 2, 2, SIGNALS))
        .isEqualTo(
            "Conference summary (2024-03-01, 2 rounds)."
                + " AAPL: 2 bullish, 1 bearish, 1 neutral, mean confidence 51, leans bullish (+0.30)."
                + " MSFT: 4 bullish, mean confidence 60, leans bullish (+0.60)."
                + " Conceded: valuation_analyst on AAPL.");
  }

  @Test
  void summaryAfterOneRoundHasNoConcessions() {
    assertThat(say(Role.PORTFOLIO_MANAGER, Turn.SUMMARY, 1, 1, SIGNALS))
        .contains("(2024-03-01, 1 round).")
        .contains(
            "AAPL: 2 bullish, 1 bearish, 1 neutral, mean confidence 56, leans bullish (+0.25).")
        .doesNotContain("Conceded");
  }
}
