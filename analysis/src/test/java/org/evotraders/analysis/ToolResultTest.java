package org.evotraders.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class ToolResultTest {

  private static ToolResult resultWith(Map<String, Double> figures) {
    return new ToolResult("trend", "AAPL", Signal.BULLISH, 0.5, figures, "text", true);
  }

  @Test
  void figuresKeepTheToolsOrderAndEqualTheMapGiven() {
    Map<String, Double> given = new LinkedHashMap<>();
    given.put("sma50", 101.5);
    given.put("adx14", 27.0);
    given.put("ema12", 99.25);

    Map<String, Double> figures = resultWith(given).figures();

    assertThat(figures)
        .containsExactly(
            Map.entry("sma50", 101.5), Map.entry("adx14", 27.0), Map.entry("ema12", 99.25));
    assertThat(figures).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(figures.get("adx14")).isEqualTo(27.0);
    assertThat(figures.get("rsi14")).isNull();
    assertThat(figures.toString()).isEqualTo(given.toString());
  }

  @Test
  void figuresCannotBeChangedThroughTheResultOrTheMapGiven() {
    Map<String, Double> given = new LinkedHashMap<>();
    given.put("rsi14", 71.2);
    ToolResult result = resultWith(given);

    given.put("rsi14", 10.0);

    assertThat(result.figures()).containsExactly(Map.entry("rsi14", 71.2));
    assertThatThrownBy(() -> result.figures().put("adx14", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.figures().entrySet().iterator().next().setValue(2.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
