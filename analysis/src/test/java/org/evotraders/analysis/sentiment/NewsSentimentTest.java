package org.evotraders.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.NewsArticle;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class NewsSentimentTest {

  private static NewsArticle article(String published, String title) {
    return new NewsArticle(
        "ACME", Instant.parse(published), title, "Benzinga", "https://example.com", null);
  }

  @Test
  void recentHeadlinesWeighMoreThanOlderOnes() {
    // Newest: "upgraded" +3 -> tanh(1.5) = 0.905148, weight 1. Two days older: "plunges" -2.5 ->
    // tanh(-1.25) = -0.848284, weight 0.5. Mean (0.905148 - 0.424142) / 1.5 = 0.320671: bullish.
    List<NewsArticle> articles =
        List.of(
            article("2024-03-06T14:00:00Z", "Acme plunges"),
            article("2024-03-08T14:00:00Z", "Acme upgraded at Baird"));

    ToolResult result = SentimentTools.newsSentiment("ACME", articles);

    assertThat(result.score())
        .isCloseTo((Math.tanh(1.5) + 0.5 * Math.tanh(-1.25)) / 1.5, within(1e-12));
    assertThat(result.signal()).isEqualTo(Signal.BULLISH);
    assertThat(result.figures())
        .containsEntry("bullish_headlines", 1.0)
        .containsEntry("bearish_headlines", 1.0);
    assertThat(result.text())
        .contains("1. [2024-03-08] Acme upgraded at Baird (Benzinga, bullish)");
  }

  @Test
  void noHeadlinesIsUnavailable() {
    ToolResult result = SentimentTools.newsSentiment("ACME", List.of());

    assertThat(result.available()).isFalse();
    assertThat(result.text()).contains("no news headlines");
  }
}
