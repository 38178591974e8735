package org.evotraders.analysis.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.signals.Signal;

/**
 * Scores a financial headline offline with our finance lexicon: the sum of the weights of the terms
 * found (longest phrase first), each flipped and damped when a negator ("not", "no", "fails to")
 * ends at most {@value #NEGATION_WINDOW} words before it, multiplied by an intensifier ("sharply")
 * right before or after it, and skipped right after an ignored word ("from").
 *
 * <p>Thresholds and the negation factor were tuned on the development part of the labelled tweets
 * only (see the evaluation test); the held-out part was not looked at while tuning.
 */
public final class HeadlineScorer {

  /** A raw score at or beyond +-1 labels a headline bullish or bearish (tuned on development). */
  static final double LABEL_THRESHOLD = 1.0;

  /** A negated term counts this many times its weight (VADER uses -0.74; tuned on development). */
  static final double NEGATION_FACTOR = -0.75;

  /** A negator reaches terms starting up to this many words after it ("not expected to beat"). */
  static final int NEGATION_WINDOW = 3;

  /** Raw scores are squashed with tanh(raw / SQUASH), so +-2 maps to +-0.76. */
  static final double SQUASH = 2.0;

  private static final HeadlineScorer STANDARD =
      new HeadlineScorer(HeadlineLexicon.load(HeadlineLexicon.RESOURCE));

  private final HeadlineLexicon lexicon;

  HeadlineScorer(HeadlineLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Returns the scorer with our finance lexicon ({@code finance-lexicon.txt}). */
  public static HeadlineScorer standard() {
    return STANDARD;
  }

  /** Returns the sentiment of one headline; a headline with no known term is neutral with 0. */
  public HeadlineSentiment score(String headline) {
    List<String> tokens = HeadlineTokens.of(headline);
    List<String> matched = new ArrayList<>();
    double raw = 0;
    int negatorEnd = -1;
    int i = 0;
    while (i < tokens.size()) {
      int negator = lexicon.negatorAt(tokens, i);
      List<String> term = lexicon.termAt(tokens, i);
      // A term longer than the negator it starts with ("never been more bullish") is read whole.
      if (negator > 0 && negator >= term.size()) {
        negatorEnd = i + negator;
        i = negatorEnd;
        continue;
      }
      if (term.isEmpty()) {
        i++;
        continue;
      }
      int end = i + term.size();
      if (i == 0 || !lexicon.ignoredAfter().contains(tokens.get(i - 1))) {
        double weight = lexicon.terms().get(term) * intensity(tokens, i, end);
        if (negatorEnd >= 0 && i - negatorEnd < NEGATION_WINDOW) {
          weight *= NEGATION_FACTOR;
        }
        raw += weight;
        matched.add("%+.2f %s".formatted(weight, String.join(" ", term)));
      }
      i = end;
    }
    Signal label =
        raw >= LABEL_THRESHOLD
            ? Signal.BULLISH
            : raw <= -LABEL_THRESHOLD ? Signal.BEARISH : Signal.NEUTRAL;
    return new HeadlineSentiment(raw, Math.tanh(raw / SQUASH), label, matched);
  }

  private double intensity(List<String> tokens, int start, int end) {
    double factor = 1;
    if (start > 0) {
      factor *= lexicon.intensifiers().getOrDefault(tokens.get(start - 1), 1.0);
    }
    if (end < tokens.size()) {
      factor *= lexicon.intensifiers().getOrDefault(tokens.get(end), 1.0);
    }
    return factor;
  }
}
