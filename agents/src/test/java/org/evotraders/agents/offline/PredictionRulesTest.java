package org.evotraders.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.answers.TickerPrediction;
import org.evotraders.agents.facts.PredictionFacts;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class PredictionRulesTest {

  @Test
  void predictsTheDirectionOfItsOwnSignalAtItsConfidence() {
    String id = Role.TECHNICAL_ANALYST.id();
    PredictionFacts facts =
        new PredictionFacts(
            Role.TECHNICAL_ANALYST,
            LocalDate.of(2024, 3, 1),
            List.of("AAPL", "MSFT", "TSLA", "NVDA"),
            Map.of(
                "AAPL", new AnalystSignal(id, "AAPL", Signal.BULLISH, 64, ""),
                "MSFT", new AnalystSignal(id, "MSFT", Signal.BEARISH, 51, ""),
                "TSLA", new AnalystSignal(id, "TSLA", Signal.NEUTRAL, 30, "")),
            "Conference summary: AAPL leans bearish.");

    assertThat(PredictionRules.answer(facts).predictions())
        .containsExactly(
            new TickerPrediction("AAPL", Direction.UP, 64),
            new TickerPrediction("MSFT", Direction.DOWN, 51),
            new TickerPrediction("TSLA", Direction.NEUTRAL, 30),
            new TickerPrediction("NVDA", Direction.NEUTRAL, 0));
  }
}
