package org.evotraders.agents.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evotraders.agents.answers.DecisionAnswer;
import org.evotraders.agents.answers.TickerDecision;
import org.evotraders.agents.facts.DecisionFacts;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.agents.offline.Consensus.Vote;
import org.evotraders.analysis.technical.Figures;
import org.evotraders.core.orders.Action;
import org.evotraders.core.signals.Signal;

/**
 * The portfolio manager's decisions: per ticker the {@link Consensus} of the analysts weighted by
 * their {@link TrackRecords}, sized by {@link Rebalance} within the ticker's risk limit; the
 * decision's confidence is round(100 * |C|).
 */
final class DecisionRules {

  /** The threshold as the reasoning states it. */
  private static final String THRESHOLD = Phrases.number(Consensus.THRESHOLD);

  private DecisionRules() {}

  static DecisionAnswer answer(DecisionFacts facts) {
    TrackRecords records = new TrackRecords(facts.hitRates());
    PortfolioFacts book = facts.portfolio();
    List<TickerDecision> decisions = new ArrayList<>();
    List<String> trades = new ArrayList<>();
    List<String> holds = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      Consensus consensus = Consensus.of(ticker, facts.signals(), records::weight);
      Rebalance rebalance =
          Rebalance.of(
              ticker,
              consensus.score(),
              book.limits().get(ticker),
              book.positions().getOrDefault(ticker, 0L));
      int confidence = (int) Math.round(100 * Math.min(1, Math.abs(consensus.score())));
      decisions.add(
          new TickerDecision(
              ticker,
              rebalance.action(),
              rebalance.quantity(),
              confidence,
              reasoning(consensus, rebalance)));
      if (rebalance.action() == Action.HOLD) {
        holds.add(ticker);
      } else {
        trades.add(word(rebalance.action()) + " " + ticker + " " + rebalance.quantity());
      }
    }
    return new DecisionAnswer(decisions, summary(facts, records, trades, holds));
  }

  private static String reasoning(Consensus consensus, Rebalance rebalance) {
    StringBuilder text = new StringBuilder(256);
    text.append(lean(consensus.lean()));
    Phrases.signed(text.append(' '), consensus.score())
        .append(" (threshold ")
        .append(THRESHOLD)
        .append(')');
    int side = (int) Math.signum(consensus.score());
    String before = " from ";
    for (Vote vote : consensus.votes()) {
      if (vote.signal().sign() != 0 && vote.signal().sign() == side) {
        vote(text.append(before), vote);
        before = ", ";
      }
    }
    if (before.equals(" from ")) {
      text.append(", no analyst behind a side");
    }
    return text.append(". ").append(rebalance.explain()).toString();
  }

  /** Appends e.g. {@code technical_analyst bullish 44 (weight 0.23)}. */
  private static void vote(StringBuilder text, Vote vote) {
    text.append(vote.analystId())
        .append(' ')
        .append(Phrases.word(vote.signal()))
        .append(' ')
        .append(vote.confidence())
        .append(" (weight ");
    Figures.appendFixed(text, vote.weight(), 2).append(')');
  }

  private static String lean(Signal lean) {
    return switch (lean) {
      case BULLISH -> "Bullish consensus";
      case BEARISH -> "Bearish consensus";
      case NEUTRAL -> "No view";
    };
  }

  private static String summary(
      DecisionFacts facts, TrackRecords records, List<String> trades, List<String> holds) {
    StringBuilder text = new StringBuilder("Offline portfolio manager, " + facts.date() + ": ");
    text.append(trades.isEmpty() ? "no trades" : String.join(", ", trades));
    if (!holds.isEmpty()) {
      text.append("; hold ").append(String.join(", ", holds));
    }
    text.append(". Analyst weights are hit rates shrunk toward 0.5 with a prior of ")
        .append(TrackRecords.PRIOR_PREDICTIONS)
        .append(" predictions: ");
    List<String> weights = new ArrayList<>();
    for (String analyst : Consensus.inTeamOrder(facts.signals().keySet())) {
      weights.add(analyst + " " + records.describe(analyst));
    }
    text.append(weights.isEmpty() ? "no analysts" : String.join(", ", weights))
        .append(
            ". Targets are the consensus times each ticker's max position value, traded only past a ")
        .append(Phrases.percent(Rebalance.BAND))
        .append(" band.");
    return text.toString();
  }

  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
