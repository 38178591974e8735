package org.evotraders.analysis.sentiment;

import java.util.List;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.NewsArticle;

/**
 * The sentiment analyst's two tools, named as in the original ({@code tools/analysis_tools.py}):
 * insider trading by the original's 2x rule, and news sentiment scored offline by our finance
 * lexicon. Inputs are the point-in-time trades and articles of one ticker, in any order.
 */
public final class SentimentTools {

  public static final String INSIDER_TRADING = "analyze_insider_trading";
  public static final String NEWS_SENTIMENT = "analyze_news_sentiment";

  private SentimentTools() {}

  /** Returns both tools' results, news first as in the original's toolkit. */
  public static List<ToolResult> all(
      String ticker, List<InsiderTrade> trades, List<NewsArticle> articles) {
    return List.of(newsSentiment(ticker, articles), insiderTrading(ticker, trades));
  }

  /** Counts priced insider buys and sells and labels them by the original's 2x rule. */
  public static ToolResult insiderTrading(String ticker, List<InsiderTrade> trades) {
    return InsiderActivity.of(ticker, trades);
  }

  /**
   * Scores every headline with {@link HeadlineScorer#standard()} and averages, recent ones weighted
   * more.
   */
  public static ToolResult newsSentiment(String ticker, List<NewsArticle> articles) {
    return NewsSentiment.of(ticker, articles, HeadlineScorer.standard());
  }
}
