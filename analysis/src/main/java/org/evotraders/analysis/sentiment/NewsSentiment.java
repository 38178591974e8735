package org.evotraders.analysis.sentiment;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.NewsArticle;
import org.evotraders.core.signals.Signal;

/**
 * The news tool: every headline scored offline by {@link HeadlineScorer}, then a recency-weighted
 * mean of the squashed scores. A headline's weight halves every {@value #HALF_LIFE_HOURS} hours of
 * age, age counted back from the newest headline handed in (the tool never reads a clock), so the
 * newest headline weighs 1 and one published two days before it 0.5.
 *
 * <p>The original listed the top five headlines and left the judgement to the LLM; the text still
 * lists the five newest headlines, now with their labels.
 */
final class NewsSentiment {

  /** Our choice: news older by two days counts half, a week about a tenth. */
  static final double HALF_LIFE_HOURS = 48;

  /** A weighted mean beyond +-0.15 is bullish or bearish (our choice; one clear headline in ~5). */
  static final double SIGNAL_CUT = 0.15;

  /** Headlines listed in the text, newest first, as the original's top five. */
  static final int LISTED = 5;

  private NewsSentiment() {}

  static ToolResult of(String ticker, List<NewsArticle> articles, HeadlineScorer scorer) {
    String tool = SentimentTools.NEWS_SENTIMENT;
    List<NewsArticle> newestFirst =
        articles.stream()
            .filter(a -> a.title() != null && !a.title().isBlank())
            .sorted(Comparator.comparing(NewsArticle::published).reversed())
            .toList();
    if (newestFirst.isEmpty()) {
      return ToolResult.unavailable(tool, ticker, ticker + ": no news headlines in the window");
    }
    Instant newest = newestFirst.getFirst().published();
    Map<Signal, Integer> labels = new EnumMap<>(Signal.class);
    double weightedSum = 0;
    double totalWeight = 0;
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < newestFirst.size(); i++) {
      NewsArticle article = newestFirst.get(i);
      HeadlineSentiment sentiment = scorer.score(article.title());
      double ageHours = Duration.between(article.published(), newest).toMinutes() / 60.0;
      double weight = Math.pow(0.5, ageHours / HALF_LIFE_HOURS);
      weightedSum += weight * sentiment.score();
      totalWeight += weight;
      labels.merge(sentiment.label(), 1, Integer::sum);
      if (i < LISTED) {
        listed.append(
            "\n  %d. [%s] %s (%s, %s)"
                .formatted(
                    i + 1,
                    article.published().toString().substring(0, 10),
                    shortened(article.title()),
                    article.source(),
                    sentiment.label().name().toLowerCase(Locale.ROOT)));
      }
    }
    double score = weightedSum / totalWeight;
    Signal signal = Signal.ofScore(score, SIGNAL_CUT);
    int bullish = labels.getOrDefault(Signal.BULLISH, 0);
    int bearish = labels.getOrDefault(Signal.BEARISH, 0);
    int neutral = labels.getOrDefault(Signal.NEUTRAL, 0);

    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("headlines", (double) newestFirst.size());
    figures.put("bullish_headlines", (double) bullish);
    figures.put("bearish_headlines", (double) bearish);
    figures.put("neutral_headlines", (double) neutral);
    figures.put("weighted_score", score);
    String text =
        ("%s news sentiment (%d headlines, lexicon-scored, recent ones weigh more): %s, weighted score"
                + " %+.2f\n  %d bullish, %d bearish, %d neutral; newest:%s")
            .formatted(
                ticker, newestFirst.size(), signal, score, bullish, bearish, neutral, listed);
    return new ToolResult(tool, ticker, signal, score, figures, text, true);
  }

  private static String shortened(String title) {
    String oneLine = title.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "...";
  }
}
