package org.evotraders.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.answers.DecisionAnswer;
import org.evotraders.agents.answers.TickerDecision;
import org.evotraders.agents.facts.DecisionFacts;
import org.evotraders.agents.facts.DecisionFacts.TrackRecord;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.orders.Action;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

  private static final String FUNDAMENTALS = Role.FUNDAMENTALS_ANALYST.id();
  private static final String TECHNICAL = Role.TECHNICAL_ANALYST.id();
  private static final String VALUATION = Role.VALUATION_ANALYST.id();

  /** Price 100, max position $20,000 (20% of a $100,000 NAV): the band is $2,000 = 20 shares. */
  private static RiskLimit limit(long maxLong, long maxShort) {
    return new RiskLimit("AAPL", 100, 0.25, Double.NaN, 0.2, 20_000, 20_000, maxLong, maxShort);
  }

  private static AnalystSignal signal(String analyst, Signal signal, int confidence) {
    return new AnalystSignal(analyst, "AAPL", signal, confidence, "");
  }

  /**
   * Fundamentals bullish 80 with 30/40 right: weight (30 + 10) / 60 = 0.6667. Technical bullish 60
   * without a record: 0.5. Valuation bearish 50 with 5/20 right: (5 + 10) / 40 = 0.375. Total
   * 1.5417; C = (.8 * .6667 + .6 * .5 - .5 * .375) / 1.5417 = .6458 / 1.5417 = 0.4189. Target
   * $20,000 * 0.4189 = $8,378 = 83 shares at 100.
   */
  private static final Map<String, Map<String, AnalystSignal>> BULLISH_TEAM =
      Map.of(
          FUNDAMENTALS, Map.of("AAPL", signal(FUNDAMENTALS, Signal.BULLISH, 80)),
          TECHNICAL, Map.of("AAPL", signal(TECHNICAL, Signal.BULLISH, 60)),
          VALUATION, Map.of("AAPL", signal(VALUATION, Signal.BEARISH, 50)));

  private static final Map<String, TrackRecord> RECORDS =
      Map.of(FUNDAMENTALS, new TrackRecord(40, 30), VALUATION, new TrackRecord(20, 5));

  private static TickerDecision decide(
      Map<String, Map<String, AnalystSignal>> signals, long position, RiskLimit limit) {
    return answer(signals, position, limit).decisions().getFirst();
  }

  private static DecisionAnswer answer(
      Map<String, Map<String, AnalystSignal>> signals, long position, RiskLimit limit) {
    Map<String, RiskLimit> limits = new HashMap<>();
    if (limit != null) {
      limits.put("AAPL", limit);
    }
    PortfolioFacts book =
        new PortfolioFacts(
            100_000, 50_000, 0, 0.25, Map.of("AAPL", position), Map.of("AAPL", 100.0), limits, 1.5);
    return DecisionRules.answer(
        new DecisionFacts(
            LocalDate.of(2024, 3, 1), List.of("AAPL"), signals, RECORDS, "No warnings.", "", book));
  }

  @Test
  void shrinksHitRatesTowardACoinFlipWithAPriorOfTwentyPredictions() {
    TrackRecords records =
        new TrackRecords(
            Map.of(
                "a",
                new TrackRecord(40, 30),
                "b",
                new TrackRecord(3, 3),
                "c",
                new TrackRecord(200, 60)));

    assertThat(records.weight("a")).isCloseTo(40.0 / 60, within(1e-12));
    // Three right out of three is a hit rate of 1, but only (3 + 10) / 23 = 0.565 after shrinkage.
    assertThat(records.weight("b")).isCloseTo(13.0 / 23, within(1e-12));
    // A long record dominates the prior: (60 + 10) / 220 = 0.318, near the raw 0.30.
    assertThat(records.weight("c")).isCloseTo(70.0 / 220, within(1e-12));
    assertThat(records.weight("nobody")).isEqualTo(0.5);
  }

  @Test
  void weighsTheAnalystsByTheirRecordsAndBuysTowardTheTarget() {
    TickerDecision decision = decide(BULLISH_TEAM, 0, limit(150, 200));

    assertThat(decision.action()).isEqualTo(Action.LONG);
    assertThat(decision.quantity()).isEqualTo(83);
    assertThat(decision.confidence()).isEqualTo(42);
    assertThat(decision.reasoning())
        .startsWith(
            "Bullish consensus +0.42 (threshold 0.2) from fundamentals_analyst bullish 80 (weight 0.43),"
                + " technical_analyst bullish 60 (weight 0.32).")
        .contains(
            "Target $8,378 = +0.42 x max position $20,000 (20.0% of NAV), 83 shares at 100.00")
        .endsWith("; long 83 shares, from 0 to 83 (max long 150).");
  }

  @Test
  void analystsWithoutConfidenceAbstainSoALoneViewOnPriceOnlyHistoryStillTrades() {
    // As on CSV history: fundamentals and valuation had no data (neutral 0). They carry no weight,
    // so technical bullish 60 is the whole consensus: C = 0.6, target $20,000 * 0.6 = 120 shares.
    Map<String, Map<String, AnalystSignal>> priceOnly =
        Map.of(
            FUNDAMENTALS, Map.of("AAPL", signal(FUNDAMENTALS, Signal.NEUTRAL, 0)),
            TECHNICAL, Map.of("AAPL", signal(TECHNICAL, Signal.BULLISH, 60)),
            VALUATION, Map.of("AAPL", signal(VALUATION, Signal.NEUTRAL, 0)));

    TickerDecision decision = decide(priceOnly, 0, limit(150, 200));

    assertThat(decision.action()).isEqualTo(Action.LONG);
    assertThat(decision.quantity()).isEqualTo(120);
    assertThat(decision.confidence()).isEqualTo(60);
  }

  @Test
  void aNeutralAnalystWithConfidenceStillVotesAndDilutesTheView() {
    // Technical bullish 60 (weight 0.5, no record) and valuation neutral 50 (5/20 right: 0.375):
    // C = 0.6 * 0.5 / 0.875 = 0.3429, target $20,000 * 0.3429 = $6,857 = 68 shares.
    Map<String, Map<String, AnalystSignal>> divided =
        Map.of(
            TECHNICAL, Map.of("AAPL", signal(TECHNICAL, Signal.BULLISH, 60)),
            VALUATION, Map.of("AAPL", signal(VALUATION, Signal.NEUTRAL, 50)));

    TickerDecision decision = decide(divided, 0, limit(150, 200));

    assertThat(decision.action()).isEqualTo(Action.LONG);
    assertThat(decision.quantity()).isEqualTo(68);
  }

  @Test
  void holdsWhenTheConsensusIsBelowTheThreshold() {
    // One analyst bullish at 15 with weight 1 after normalisation: C = 0.15 <= 0.2.
    TickerDecision decision =
        decide(
            Map.of(TECHNICAL, Map.of("AAPL", signal(TECHNICAL, Signal.BULLISH, 15))),
            0,
            limit(150, 200));

    assertThat(decision.action()).isEqualTo(Action.HOLD);
    assertThat(decision.quantity()).isZero();
    assertThat(decision.confidence()).isEqualTo(15);
    assertThat(decision.reasoning()).endsWith("No position without a view, and none held: hold.");
  }

  @Test
  void closesThePositionWhenTheViewFades() {
    TickerDecision decision =
        decide(
            Map.of(TECHNICAL, Map.of("AAPL", signal(TECHNICAL, Signal.BULLISH, 15))),
            60,
            limit(150, 260));

    assertThat(decision.action()).isEqualTo(Action.SHORT);
    assertThat(decision.quantity()).isEqualTo(60);
  }

  @Test
  void coversTheShortAndBuysWhenTheViewTurnsBullish() {
    // From -50 to the target of +83: LONG 133, of which 50 cover the short.
    TickerDecision decision = decide(BULLISH_TEAM, -50, limit(50 + 120, 200));

    assertThat(decision.action()).isEqualTo(Action.LONG);
    assertThat(decision.quantity()).isEqualTo(133);
    assertThat(decision.reasoning()).endsWith("; long 133 shares, from -50 to 83 (max long 170).");
  }

  @Test
  void neverExceedsTheLimitsMaxLongShares() {
    TickerDecision decision = decide(BULLISH_TEAM, 0, limit(40, 200));

    assertThat(decision.action()).isEqualTo(Action.LONG);
    assertThat(decision.quantity()).isEqualTo(40);
    assertThat(decision.reasoning())
        .endsWith("; long 40 of the 83 shares wanted, capped by max long 40: from 0 to 40.");
  }

  @Test
  void holdsWhenTheLimitAllowsNoShares() {
    TickerDecision decision = decide(BULLISH_TEAM, 0, limit(0, 200));

    assertThat(decision.action()).isEqualTo(Action.HOLD);
    assertThat(decision.quantity()).isZero();
  }

  @Test
  void neverExceedsTheLimitsMaxShortShares() {
    // Mirror of the bullish team: C = -0.4189, target -83 shares; the limit allows 30 short.
    Map<String, Map<String, AnalystSignal>> bearish =
        Map.of(
            FUNDAMENTALS, Map.of("AAPL", signal(FUNDAMENTALS, Signal.BEARISH, 80)),
            TECHNICAL, Map.of("AAPL", signal(TECHNICAL, Signal.BEARISH, 60)),
            VALUATION, Map.of("AAPL", signal(VALUATION, Signal.BULLISH, 50)));

    TickerDecision decision = decide(bearish, 0, limit(150, 30));

    assertThat(decision.action()).isEqualTo(Action.SHORT);
    assertThat(decision.quantity()).isEqualTo(30);
  }

  @Test
  void doesNotTradeAChangeInsideTheRebalanceBand() {
    // Holding 70, target 83: 13 shares x 100 = $1,300 < 10% of $20,000.
    TickerDecision inside = decide(BULLISH_TEAM, 70, limit(150, 200));
    // Holding 60, target 83: 23 shares x 100 = $2,300 >= $2,000.
    TickerDecision outside = decide(BULLISH_TEAM, 60, limit(150, 200));

    assertThat(inside.action()).isEqualTo(Action.HOLD);
    assertThat(inside.reasoning())
        .endsWith(
            "; holding 70, the change of 13 shares ($1,300) is within the 10.0% band ($2,000): hold.");
    assertThat(outside.action()).isEqualTo(Action.LONG);
    assertThat(outside.quantity()).isEqualTo(23);
  }

  @Test
  void holdsATickerWithoutARiskLimit() {
    TickerDecision decision = decide(BULLISH_TEAM, 10, null);

    assertThat(decision.action()).isEqualTo(Action.HOLD);
    assertThat(decision.reasoning()).endsWith("No risk limit or price for AAPL today: hold.");
  }

  @Test
  void summarisesTheTradesAndTheAnalystWeights() {
    assertThat(answer(BULLISH_TEAM, 0, limit(150, 200)).summary())
        .isEqualTo(
            "Offline portfolio manager, 2024-03-01: long AAPL 83. Analyst weights are hit rates shrunk"
                + " toward 0.5 with a prior of 20 predictions: fundamentals_analyst 0.67 (30/40 right),"
                + " technical_analyst 0.50 (no record), valuation_analyst 0.38 (5/20 right). Targets are"
                + " the consensus times each ticker's max position value, traded only past a 10.0% band.");
  }
}
