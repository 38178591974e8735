package org.evotraders.agents.offline;

import static java.util.Map.entry;

import java.util.Map;
import org.evotraders.analysis.sentiment.SentimentTools;
import org.evotraders.analysis.technical.TechnicalTools;
import org.evotraders.analysis.valuation.ValuationTools;

/**
 * How much each analysis tool counts in its analyst's combined score. The weights of one analyst
 * need not sum to 1: the combination divides by the weight of the tools that had data.
 */
final class ToolWeights {

  // ai-hedge-fund v1 src/agents/technicals.py, strategy_weights: trend .25, mean reversion .20,
  // momentum .25, volatility .15 (its fifth strategy, statistical arbitrage .15, has no
  // counterpart among the original's technical tools).
  static final double TREND = 0.25;
  static final double MEAN_REVERSION = 0.20;
  static final double MOMENTUM = 0.25;
  static final double VOLATILITY = 0.15;

  // ai-hedge-fund v1 src/agents/valuation.py: DCF .35, owner earnings .35, EV/EBITDA .20,
  // residual income .10.
  static final double DCF = 0.35;
  static final double OWNER_EARNINGS = 0.35;
  static final double EV_EBITDA = 0.20;
  static final double RESIDUAL_INCOME = 0.10;

  // ai-hedge-fund v1 src/agents/sentiment.py: insider_weight .3, news_weight .7.
  static final double INSIDER_TRADING = 0.3;
  static final double NEWS = 0.7;

  /**
   * Any other tool, the fundamentals analyst's five among them: equal weights, as ai-hedge-fund's
   * fundamentals agent counts its four sub-signals alike.
   */
  static final double EQUAL = 0.20;

  private static final Map<String, Double> BY_TOOL =
      Map.ofEntries(
          entry(TechnicalTools.TREND, TREND),
          entry(TechnicalTools.MEAN_REVERSION, MEAN_REVERSION),
          entry(TechnicalTools.MOMENTUM, MOMENTUM),
          entry(TechnicalTools.VOLATILITY, VOLATILITY),
          entry(ValuationTools.DCF, DCF),
          entry(ValuationTools.OWNER_EARNINGS, OWNER_EARNINGS),
          entry(ValuationTools.EV_EBITDA, EV_EBITDA),
          entry(ValuationTools.RESIDUAL_INCOME, RESIDUAL_INCOME),
          entry(SentimentTools.INSIDER_TRADING, INSIDER_TRADING),
          entry(SentimentTools.NEWS_SENTIMENT, NEWS));

  private ToolWeights() {}

  /** Returns the weight of the tool named {@code tool}. */
  static double of(String tool) {
    return BY_TOOL.getOrDefault(tool, EQUAL);
  }
}
