package org.evotraders.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class HeadlineScorerTest {

  private final HeadlineScorer scorer = HeadlineScorer.standard();

  @Test
  void anEarningsBeatIsBullish() {
    // "beat" +2 (matched as the stem of "beats"); "revenue" is not in the lexicon.
    HeadlineSentiment s =
        scorer.score("$AMKR - Amkor Technology EPS beats by $0.18 https://t.co/A5MDjQ8u4o");

    assertThat(s.rawScore()).isEqualTo(2.0);
    assertThat(s.score()).isCloseTo(Math.tanh(1.0), within(1e-12));
    assertThat(s.label()).isEqualTo(Signal.BULLISH);
  }

  @Test
  void aDowngradeIsBearishAndTheRatingItLeftIsIgnored() {
    // "downgrade" -3; "outperform" right after "from" is ignored.
    HeadlineSentiment s =
        scorer.score("Anchiano downgraded to peer perform from outperform at Oppenheimer");

    assertThat(s.matched()).containsExactly("-3.00 downgrad", "-1.50 to peer perform");
    assertThat(s.label()).isEqualTo(Signal.BEARISH);
  }

  @Test
  void aNegatorFlipsAndDampsTheTermsRightAfterIt() {
    // "fails to" then "beat" +2 -> 2 x -0.75 = -1.5.
    HeadlineSentiment s = scorer.score("Acme fails to beat estimates");

    assertThat(s.rawScore()).isEqualTo(-1.5);
    assertThat(s.label()).isEqualTo(Signal.BEARISH);
  }

  @Test
  void anIntensifierMultipliesTheTermNextToIt() {
    // "plunge" -2.5 x "sharply" 1.5 = -3.75.
    assertThat(scorer.score("Shares plunge sharply").rawScore()).isEqualTo(-3.75);
  }

  @Test
  void signedPercentagesCount() {
    assertThat(scorer.score("LogicBio -26% as FDA puts hold on LB-001").label())
        .isEqualTo(Signal.BEARISH);
  }

  @Test
  void aHeadlineWithoutKnownTermsIsNeutral() {
    HeadlineSentiment s = scorer.score("Funko opens new store in Hollywood");

    assertThat(s.rawScore()).isZero();
    assertThat(s.label()).isEqualTo(Signal.NEUTRAL);
  }

  @Test
  void aMalformedLexiconLineNamesTheResourceAndLine() {
    assertThatThrownBy(() -> HeadlineLexicon.parse("test.txt", List.of("[terms]", "beat +2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.txt line 2");
  }
}
