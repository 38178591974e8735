package org.evotraders.agents.offline;

import java.util.ArrayList;
import java.util.List;
import org.evotraders.agents.answers.PredictionAnswer;
import org.evotraders.agents.answers.TickerPrediction;
import org.evotraders.agents.facts.PredictionFacts;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Direction;

/**
 * An analyst's prediction for the next session follows its own signal: bullish UP, bearish DOWN,
 * neutral NEUTRAL, with the signal's confidence; a ticker without a signal is NEUTRAL at 0. The
 * conference summary reaches the prediction only as text, so the offline rule does not read it.
 */
final class PredictionRules {

  private PredictionRules() {}

  static PredictionAnswer answer(PredictionFacts facts) {
    List<TickerPrediction> predictions = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      AnalystSignal signal = facts.ownSignals().get(ticker);
      predictions.add(
          signal == null
              ? new TickerPrediction(ticker, Direction.NEUTRAL, 0)
              : new TickerPrediction(ticker, direction(signal), signal.confidence()));
    }
    return new PredictionAnswer(predictions);
  }

  private static Direction direction(AnalystSignal signal) {
    return switch (signal.signal()) {
      case BULLISH -> Direction.UP;
      case BEARISH -> Direction.DOWN;
      case NEUTRAL -> Direction.NEUTRAL;
    };
  }
}
