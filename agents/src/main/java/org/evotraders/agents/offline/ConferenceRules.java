package org.evotraders.agents.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evotraders.agents.facts.ConferenceFacts;
import org.evotraders.agents.offline.Consensus.Vote;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Signal;

/**
 * What each speaker says in the conference, from the day's signals alone, with the equal-weight
 * {@link Consensus} (the conference knows no track records):
 *
 * <ul>
 *   <li>OPENING: per ticker the counts, mean confidence, score and lean; then one question to each
 *       dissenting vote; in round 1, that no decision is taken yet.
 *   <li>REPLY: the speaker restates each view it dissents with (those are exactly the views the
 *       opening asked about) with the first sentence of its reasoning, its strongest evidence.
 *   <li>Concession: from round {@value #CONCESSION_ROUND} on, a dissenter whose opponents (votes on
 *       the opposite side) are at least twice as many as its side (itself included) keeps its side
 *       but halves its stated confidence, rounding down.
 *   <li>SUMMARY: per ticker the consensus after the concessions of all rounds, and its lean.
 * </ul>
 */
final class ConferenceRules {

  static final int CONCESSION_ROUND = 2;

  private ConferenceRules() {}

  static String answer(ConferenceFacts facts) {
    return switch (facts.turn()) {
      case OPENING -> opening(facts);
      case REPLY -> reply(facts);
      case SUMMARY -> summary(facts);
    };
  }

  private static String opening(ConferenceFacts facts) {
    StringBuilder text =
        new StringBuilder(
            Phrases.format(
                "Round %d of %d (%s).", facts.cycle(), facts.totalCycles(), facts.date()));
    List<String> questions = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      Consensus consensus = Consensus.equalWeights(ticker, facts.signals());
      text.append(' ').append(tally(consensus)).append('.');
      consensus.dissents().forEach(vote -> questions.add(question(consensus, vote)));
    }
    text.append(
        questions.isEmpty() ? " No disagreements." : " Questions: " + String.join(" ", questions));
    if (facts.cycle() == 1) {
      text.append(" I will not decide yet: I want your replies first.");
    }
    return text.toString();
  }

  private static String question(Consensus consensus, Vote vote) {
    String stance =
        Phrases.format(
            "%s, you are %s on %s at %d",
            vote.analystId(), word(vote.signal()), consensus.ticker(), vote.confidence());
    Signal lean = consensus.lean();
    return lean == Signal.NEUTRAL
        ? stance
            + " while the team has no view ("
            + Phrases.signed(consensus.score())
            + "): what is your strongest figure?"
        : stance
            + " while "
            + consensus.count(lean)
            + " are "
            + word(lean)
            + ": what in your figures outweighs theirs?";
  }

  private static String reply(ConferenceFacts facts) {
    String speaker = facts.speaker().id();
    Map<String, AnalystSignal> own = facts.signals().getOrDefault(speaker, Map.of());
    if (own.isEmpty()) {
      return "I have no signals today.";
    }
    List<String> statements = new ArrayList<>();
    List<String> agreed = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      AnalystSignal signal = own.get(ticker);
      if (signal == null) {
        continue;
      }
      Consensus consensus = Consensus.equalWeights(ticker, facts.signals());
      boolean dissents = consensus.dissents().stream().anyMatch(v -> v.analystId().equals(speaker));
      if (dissents) {
        statements.add(restate(consensus, signal, facts.cycle()));
      } else {
        agreed.add(ticker);
      }
    }
    if (!agreed.isEmpty()) {
      statements.add("No dissent from me on " + String.join(", ", agreed) + ".");
    }
    return String.join(" ", statements);
  }

  private static String restate(Consensus consensus, AnalystSignal signal, int cycle) {
    String ticker = consensus.ticker();
    String view = word(signal.signal());
    int stated = statedConfidence(consensus, signal, cycle);
    String head;
    if (stated < signal.confidence()) {
      head =
          Phrases.format(
              "%s: %d %s against my %s view; I concede and lower my confidence from %d to %d.",
              ticker,
              opponents(consensus, signal.signal()),
              word(opposite(signal.signal())),
              view,
              signal.confidence(),
              stated);
    } else if (consensus.lean() == Signal.NEUTRAL) {
      head =
          Phrases.format(
              "%s: I stay %s at %d though the team has no view (%s).",
              ticker, view, stated, Phrases.signed(consensus.score()));
    } else {
      head =
          Phrases.format(
              "%s: I stay %s at %d against %d %s.",
              ticker, view, stated, consensus.count(consensus.lean()), word(consensus.lean()));
    }
    String evidence = Phrases.firstSentence(signal.reasoning());
    return evidence.isEmpty() ? head : head + " " + evidence;
  }

  private static String summary(ConferenceFacts facts) {
    Map<String, Map<String, AnalystSignal>> stated = new LinkedHashMap<>();
    List<String> conceded = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      Consensus before = Consensus.equalWeights(ticker, facts.signals());
      for (Vote vote : before.votes()) {
        AnalystSignal signal = facts.signals().get(vote.analystId()).get(ticker);
        int confidence = statedConfidence(before, signal, facts.totalCycles());
        if (confidence < signal.confidence()) {
          conceded.add(vote.analystId() + " on " + ticker);
        }
        stated
            .computeIfAbsent(vote.analystId(), id -> new LinkedHashMap<>())
            .put(
                ticker,
                new AnalystSignal(
                    vote.analystId(), ticker, signal.signal(), confidence, signal.reasoning()));
      }
    }
    StringBuilder text =
        new StringBuilder(
            Phrases.format(
                "Conference summary (%s, %d %s).",
                facts.date(), facts.totalCycles(), facts.totalCycles() == 1 ? "round" : "rounds"));
    for (String ticker : facts.tickers()) {
      text.append(' ').append(tally(Consensus.equalWeights(ticker, stated))).append('.');
    }
    if (!conceded.isEmpty()) {
      text.append(" Conceded: ").append(String.join(", ", conceded)).append('.');
    }
    return text.toString();
  }

  /**
   * Returns the confidence {@code signal} states in round {@code cycle}: halved (rounding down)
   * from round {@value #CONCESSION_ROUND} on when it dissents and its opponents are at least twice
   * its side, else unchanged.
   */
  static int statedConfidence(Consensus consensus, AnalystSignal signal, int cycle) {
    boolean dissents =
        consensus.dissents().stream().anyMatch(v -> v.analystId().equals(signal.agentId()));
    boolean outnumbered =
        opponents(consensus, signal.signal()) >= 2 * consensus.count(signal.signal());
    return cycle >= CONCESSION_ROUND && dissents && outnumbered
        ? signal.confidence() / 2
        : signal.confidence();
  }

  private static long opponents(Consensus consensus, Signal side) {
    return consensus.count(opposite(side));
  }

  private static String tally(Consensus c) {
    String lean = c.lean() == Signal.NEUTRAL ? "no clear lean" : "leans " + word(c.lean());
    return Phrases.format(
        "%s: %d bullish, %d bearish, %d neutral, mean confidence %.0f, %s (%s)",
        c.ticker(),
        c.count(Signal.BULLISH),
        c.count(Signal.BEARISH),
        c.count(Signal.NEUTRAL),
        c.averageConfidence(),
        lean,
        Phrases.signed(c.score()));
  }

  private static Signal opposite(Signal signal) {
    return switch (signal) {
      case BULLISH -> Signal.BEARISH;
      case BEARISH -> Signal.BULLISH;
      case NEUTRAL -> Signal.NEUTRAL;
    };
  }

  private static String word(Signal signal) {
    return signal.name().toLowerCase(Locale.ROOT);
  }
}
