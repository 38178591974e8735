package org.evotraders.agents.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    StringBuilder text = new StringBuilder(80 * facts.tickers().size());
    text.append("Round ")
        .append(facts.cycle())
        .append(" of ")
        .append(facts.totalCycles())
        .append(" (")
        .append(facts.date())
        .append(").");
    // The opening reads the day's signals, which no round changes: a later round's tallies and
    // questions are the first round's, so it names the dissents without repeating them.
    boolean first = facts.cycle() == 1;
    if (!first) {
      text.append(" The tallies stand as in round 1.");
    }
    List<Consensus> consensuses = new ArrayList<>(facts.tickers().size());
    for (String ticker : facts.tickers()) {
      Consensus consensus = Consensus.equalWeights(ticker, facts.signals());
      consensuses.add(consensus);
      if (first) {
        tally(text.append(' '), consensus).append('.');
      }
    }
    int asked = 0;
    for (Consensus consensus : consensuses) {
      for (Vote vote : consensus.dissents()) {
        text.append(asked++ == 0 ? (first ? " Questions: " : " Again to the dissenters: ") : " ");
        if (first) {
          question(text, consensus, vote);
        } else {
          text.append(vote.analystId()).append(" on ").append(consensus.ticker()).append('?');
        }
      }
    }
    if (asked == 0) {
      text.append(" No disagreements.");
    }
    if (first) {
      text.append(" I will not decide yet: I want your replies first.");
    }
    return text.toString();
  }

  private static void question(StringBuilder text, Consensus consensus, Vote vote) {
    text.append(vote.analystId())
        .append(", you are ")
        .append(Phrases.word(vote.signal()))
        .append(" on ")
        .append(consensus.ticker())
        .append(" at ")
        .append(vote.confidence());
    Signal lean = consensus.lean();
    if (lean == Signal.NEUTRAL) {
      text.append(" while the team has no view (");
      Phrases.signed(text, consensus.score()).append("): what is your strongest figure?");
    } else {
      text.append(" while ")
          .append(consensus.count(lean))
          .append(" are ")
          .append(Phrases.word(lean))
          .append(": what in your figures outweighs theirs?");
    }
  }

  private static String reply(ConferenceFacts facts) {
    String speaker = facts.speaker().id();
    Map<String, AnalystSignal> own = facts.signals().getOrDefault(speaker, Map.of());
    if (own.isEmpty()) {
      return "I have no signals today.";
    }
    StringBuilder text = new StringBuilder();
    List<String> agreed = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      AnalystSignal signal = own.get(ticker);
      if (signal == null) {
        continue;
      }
      Consensus consensus = Consensus.equalWeights(ticker, facts.signals());
      if (consensus.dissents(speaker)) {
        restate(text.isEmpty() ? text : text.append(' '), consensus, signal, facts.cycle());
      } else {
        agreed.add(ticker);
      }
    }
    if (agreed.size() == own.size() && agreed.size() == facts.tickers().size()) {
      return "No dissent from me on any ticker.";
    }
    if (!agreed.isEmpty()) {
      (text.isEmpty() ? text : text.append(' '))
          .append("No dissent from me on ")
          .append(String.join(", ", agreed))
          .append('.');
    }
    return text.toString();
  }

  /**
   * States the speaker's view against the consensus. Its strongest evidence comes in round 1; a
   * later round that keeps the view refers back to it rather than quoting it again.
   */
  private static void restate(
      StringBuilder text, Consensus consensus, AnalystSignal signal, int cycle) {
    String view = Phrases.word(signal.signal());
    int stated = statedConfidence(consensus, signal, cycle);
    text.append(consensus.ticker()).append(": ");
    if (stated < signal.confidence()) {
      text.append(opponents(consensus, signal.signal()))
          .append(' ')
          .append(Phrases.word(opposite(signal.signal())))
          .append(" against my ")
          .append(view)
          .append(" view; I concede and lower my confidence from ")
          .append(signal.confidence())
          .append(" to ")
          .append(stated)
          .append('.');
      return;
    }
    text.append("I stay ").append(view).append(" at ").append(stated);
    if (consensus.lean() == Signal.NEUTRAL) {
      text.append(" though the team has no view (");
      Phrases.signed(text, consensus.score()).append(')');
    } else {
      text.append(" against ")
          .append(consensus.count(consensus.lean()))
          .append(' ')
          .append(Phrases.word(consensus.lean()));
    }
    if (cycle > 1) {
      text.append(", on the evidence I gave.");
      return;
    }
    text.append('.');
    String evidence = Phrases.firstSentence(signal.reasoning());
    if (!evidence.isEmpty()) {
      text.append(' ').append(evidence);
    }
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
    StringBuilder text = new StringBuilder(80 * facts.tickers().size());
    text.append("Conference summary (")
        .append(facts.date())
        .append(", ")
        .append(facts.totalCycles())
        .append(facts.totalCycles() == 1 ? " round)." : " rounds).");
    for (String ticker : facts.tickers()) {
      tally(text.append(' '), Consensus.equalWeights(ticker, stated)).append('.');
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
    boolean dissents = consensus.dissents(signal.agentId());
    boolean outnumbered =
        opponents(consensus, signal.signal()) >= 2 * consensus.count(signal.signal());
    return cycle >= CONCESSION_ROUND && dissents && outnumbered
        ? signal.confidence() / 2
        : signal.confidence();
  }

  private static long opponents(Consensus consensus, Signal side) {
    return consensus.count(opposite(side));
  }

  /**
   * Writes a ticker's tally: its non-zero counts by side, the mean confidence, the lean and the
   * score, e.g. {@code AAPL: 2 bullish, 2 neutral, mean confidence 56, leans bullish (+0.25)}.
   */
  private static StringBuilder tally(StringBuilder text, Consensus c) {
    text.append(c.ticker()).append(':');
    if (c.votes().isEmpty()) {
      return text.append(" every analyst abstains");
    }
    for (Signal side : Signal.values()) {
      long count = c.count(side);
      if (count > 0) {
        text.append(' ').append(count).append(' ').append(Phrases.word(side)).append(',');
      }
    }
    text.append(" mean confidence ").append(Math.round(c.averageConfidence())).append(", ");
    text.append(c.lean() == Signal.NEUTRAL ? "no clear lean" : "leans " + Phrases.word(c.lean()));
    return Phrases.signed(text.append(" ("), c.score()).append(')');
  }

  private static Signal opposite(Signal signal) {
    return switch (signal) {
      case BULLISH -> Signal.BEARISH;
      case BEARISH -> Signal.BULLISH;
      case NEUTRAL -> Signal.NEUTRAL;
    };
  }
}
