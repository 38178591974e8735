/**
 * The sentiment analyst's tools: insider trading by the original's 2x rule, and news sentiment
 * scored offline by our own finance lexicon.
 *
 * <p>Start at {@link org.evotraders.analysis.sentiment.SentimentTools}. Headlines are scored by
 * {@link org.evotraders.analysis.sentiment.HeadlineScorer}, which reads the lexicon resource {@code
 * finance-lexicon.txt} in this package ({@code HeadlineLexicon}) and matches it on word stems
 * ({@code HeadlineTokens}); {@code NewsSentiment} averages the headlines with recent ones weighted
 * more, {@code InsiderActivity} counts priced Form 4 trades.
 */
package org.evotraders.analysis.sentiment;
