package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.List;
import org.evotraders.agents.facts.PredictionFacts;
import org.evotraders.agents.team.Said;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.PredictionsMade;
import org.evotraders.core.signals.Prediction;

/**
 * After the conference, each analyst predicts every ticker's move from the next open to its close,
 * as structured answers (not parsed from text); settlement scores them for the leaderboard.
 */
final class PredictionStage {

  private final Team team;
  private final TeamSetup setup;
  private final RunRecorder recorder;
  private final Turns turns;

  PredictionStage(Team team, TeamSetup setup, RunRecorder recorder, Turns turns) {
    this.team = team;
    this.setup = setup;
    this.recorder = recorder;
    this.turns = turns;
  }

  void run(DayContext day) {
    List<Said<List<Prediction>>> said =
        turns.take(
            team.analystsInOrder(),
            analyst ->
                analyst.predict(
                    new PredictionFacts(
                        analyst.role(),
                        day.day.date(),
                        day.tickers,
                        day.signals.get(analyst.role().id()),
                        day.conferenceSummary)));
    List<RunEvent> events = new ArrayList<>();
    for (int i = 0; i < said.size(); i++) {
      Said<List<Prediction>> s = said.get(i);
      events.add(new PredictionsMade(s.agentId(), s.value()));
      ModelUsage.of(s, setup.model(team.analystsInOrder().get(i).role())).ifPresent(events::add);
      day.predictions.put(s.agentId(), s.value());
    }
    recorder.recordAll(events);
  }
}
