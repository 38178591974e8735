package org.evotraders.analysis.sentiment;

import java.util.List;
import org.evotraders.core.signals.Signal;

/**
 * What the lexicon made of one headline.
 *
 * @param rawScore the sum of the matched terms' weights after negation and intensifiers
 * @param score the raw score squashed into [-1, 1] ({@code tanh(raw / 2)})
 * @param label bullish, bearish or neutral by the scorer's label threshold on the raw score
 * @param matched the matched terms as "+1.5 beat" lines, in headline order, for explanations
 */
public record HeadlineSentiment(double rawScore, double score, Signal label, List<String> matched) {

  public HeadlineSentiment {
    matched = List.copyOf(matched);
  }
}
