package org.evotraders.agents.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

  private final PromptTemplate analysis =
      new PromptTemplate(
          "agents/technical_analyst/prompts/analysis.md",
          "Tickers: {{tickers}}.\n\n{{memories}}\n{{reflection}}\n\nAnswer with JSON only.\n");

  @Test
  void emptyValuesLeaveOneBlankLineAndNoTrailingSpace() {
    assertThat(analysis.render(Map.of("tickers", "AAPL", "memories", "", "reflection", "  ")))
        .isEqualTo("Tickers: AAPL.\n\nAnswer with JSON only.");
  }

  @Test
  void filledValuesKeepTheirLines() {
    assertThat(
            analysis.render(
                Map.of("tickers", "AAPL", "memories", "- day one", "reflection", "Your record")))
        .isEqualTo("Tickers: AAPL.\n\n- day one\nYour record\n\nAnswer with JSON only.");
  }

  @Test
  void aValueIsInsertedAsItIsEvenWithBraces() {
    assertThat(new PromptTemplate("t.md", "Say {{x}}").render(Map.of("x", "{{y}}")))
        .isEqualTo("Say {{y}}");
  }

  @Test
  void aPlaceholderWithoutAValueFailsNamingTheFileAndThePlaceholder() {
    assertThatThrownBy(() -> analysis.render(Map.of("tickers", "AAPL")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agents/technical_analyst/prompts/analysis.md")
        .hasMessageContaining("{{memories}}");
  }

  @Test
  void shrinksBlankLinesExactlyAsTheRegexItReplaces() {
    // The regex the hand-written pass replaced; random texts over the characters that matter.
    Pattern blankLines = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)+");
    char[] alphabet = {'\n', '\n', ' ', '\t', 'a', '\r'};
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(16);
      for (int j = 0; j < length; j++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(PromptTemplate.withSingleBlankLines(text))
          .as("text %s", text.toString().replace("\n", "\\n").replace("\t", "\\t"))
          .isEqualTo(blankLines.matcher(text).replaceAll("\n\n"));
    }
  }
}
