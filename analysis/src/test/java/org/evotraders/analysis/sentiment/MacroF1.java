package org.evotraders.analysis.sentiment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.signals.Signal;

/**
 * Macro-averaged F1 over the three labels: the unweighted mean of each label's F1 = 2PR / (P + R),
 * a label never predicted nor present counting 0 (scikit-learn's {@code
 * f1_score(average="macro")}).
 */
final class MacroF1 {

  private final Map<Signal, int[]> counts = new EnumMap<>(Signal.class); // tp, fp, fn

  MacroF1() {
    for (Signal s : Signal.values()) {
      counts.put(s, new int[3]);
    }
  }

  static MacroF1 of(List<LabelledTweets.Tweet> tweets, HeadlineScorer scorer) {
    MacroF1 f1 = new MacroF1();
    tweets.forEach(t -> f1.add(t.label(), scorer.score(t.text()).label()));
    return f1;
  }

  void add(Signal truth, Signal predicted) {
    if (truth == predicted) {
      counts.get(truth)[0]++;
    } else {
      counts.get(predicted)[1]++;
      counts.get(truth)[2]++;
    }
  }

  double f1(Signal label) {
    int[] c = counts.get(label);
    return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
  }

  double value() {
    return (f1(Signal.BULLISH) + f1(Signal.BEARISH) + f1(Signal.NEUTRAL)) / 3;
  }

  @Override
  public String toString() {
    return "macro-F1 %.4f (bullish %.3f, bearish %.3f, neutral %.3f)"
        .formatted(value(), f1(Signal.BULLISH), f1(Signal.BEARISH), f1(Signal.NEUTRAL));
  }
}
