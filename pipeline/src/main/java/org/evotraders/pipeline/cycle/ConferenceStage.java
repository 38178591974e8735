package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.List;
import org.evotraders.agents.Role;
import org.evotraders.agents.facts.ConferenceFacts;
import org.evotraders.agents.facts.ConferenceFacts.Turn;
import org.evotraders.agents.facts.Utterance;
import org.evotraders.agents.team.AnalystAgent;
import org.evotraders.agents.team.Said;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.ConferenceCycleEnded;
import org.evotraders.core.event.RunEvent.ConferenceCycleStarted;
import org.evotraders.core.event.RunEvent.ConferenceEnded;
import org.evotraders.core.event.RunEvent.ConferenceMessage;
import org.evotraders.core.event.RunEvent.ConferenceStarted;

/**
 * The day's conference, as the original's MsgHub runs it: in each round the portfolio manager
 * speaks, then every analyst replies (at once, each seeing what was said before the round's
 * replies); after the last round the portfolio manager sums up. Everything said goes into the
 * shared transcript that every later turn reads.
 */
final class ConferenceStage {

  /** The agent id the original gives the portfolio manager's summary on the wire. */
  static final String SUMMARY_SPEAKER = "conference summary";

  private final Team team;
  private final TeamSetup setup;
  private final RunRecorder recorder;
  private final Turns turns;
  private final int cycles;

  ConferenceStage(Team team, TeamSetup setup, RunRecorder recorder, Turns turns, int cycles) {
    this.team = team;
    this.setup = setup;
    this.recorder = recorder;
    this.turns = turns;
    this.cycles = cycles;
  }

  void run(DayContext day) {
    if (cycles <= 0) {
      return;
    }
    // Each turn's events are written together before the next turn reads the transcript.
    List<RunEvent> events = new ArrayList<>();
    events.add(new ConferenceStarted("Investment Discussion - " + day.day.date(), day.day.date()));
    for (int cycle = 1; cycle <= cycles; cycle++) {
      events.add(new ConferenceCycleStarted(cycle, cycles));
      Said<String> opening =
          team.portfolioManager().open(facts(day, Role.PORTFOLIO_MANAGER, Turn.OPENING, cycle));
      say(day, opening, opening.agentId(), cycle, Role.PORTFOLIO_MANAGER, events);
      recorder.recordAll(events);
      events.clear();
      int round = cycle;
      List<Said<String>> replies =
          turns.take(
              team.analystsInOrder(),
              (AnalystAgent analyst) ->
                  analyst.reply(facts(day, analyst.role(), Turn.REPLY, round)));
      for (Said<String> reply : replies) {
        say(day, reply, reply.agentId(), cycle, Role.ofId(reply.agentId()), events);
      }
      events.add(new ConferenceCycleEnded(cycle));
      recorder.recordAll(events);
      events.clear();
    }
    Said<String> summary =
        team.portfolioManager().summarise(facts(day, Role.PORTFOLIO_MANAGER, Turn.SUMMARY, cycles));
    day.conferenceSummary = summary.value();
    say(day, summary, SUMMARY_SPEAKER, cycles, Role.PORTFOLIO_MANAGER, events);
    events.add(new ConferenceEnded());
    recorder.recordAll(events);
  }

  private void say(
      DayContext day,
      Said<String> said,
      String speaker,
      int cycle,
      Role role,
      List<RunEvent> events) {
    day.transcript.add(new Utterance(speaker, said.value()));
    events.add(new ConferenceMessage(speaker, said.message(), cycle));
    ModelUsage.of(said, setup.model(role)).ifPresent(events::add);
  }

  private ConferenceFacts facts(DayContext day, Role speaker, Turn turn, int cycle) {
    return new ConferenceFacts(
        speaker,
        turn,
        day.day.date(),
        cycle,
        cycles,
        day.tickers,
        day.signals,
        day.riskAssessment,
        List.copyOf(day.transcript));
  }
}
