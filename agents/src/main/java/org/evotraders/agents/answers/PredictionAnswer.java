package org.evotraders.agents.answers;

import java.util.List;

/** An analyst's structured predictions for the next session, one per ticker. */
public record PredictionAnswer(List<TickerPrediction> predictions) {

  public PredictionAnswer {
    if (predictions == null) {
      throw new IllegalArgumentException("the answer needs a 'predictions' list, one per ticker");
    }
    predictions = List.copyOf(predictions);
  }
}
