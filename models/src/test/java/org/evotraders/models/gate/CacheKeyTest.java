package org.evotraders.models.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.evotraders.models.Message;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.ToolCall;
import org.evotraders.models.ToolDescription;
import org.junit.jupiter.api.Test;

/**
 * A call's cache key is the SHA-256 of its request as compact JSON (provider, model, messages,
 * tools, output schema). The keys below were computed when the cache was first written: a key that
 * changes makes every cache written before miss, and a rerun pay for every call again.
 */
class CacheKeyTest {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

  record Verdict(String signal, int confidence) {}

  @Test
  void aPlainTextCallKeepsTheKeyEarlierVersionsStored() {
    ModelCall<String> call =
        ModelCall.text(
            "risk_manager",
            "assessment",
            DAY,
            new ModelSpec("openai", "gpt-4o"),
            List.of(
                Message.system("You assess risk."), Message.user("Limits for AAPL: 20% — ok?")));

    assertThat(CacheKey.of(call))
        .isEqualTo("88196eadf6730c93741b56bd4424f7ae659e6eee08fea3b7687c9fb7ce85ff1f");
  }

  @Test
  void aStructuredCallWithToolsAndAToolRoundTripKeepsTheKeyEarlierVersionsStored() {
    ToolCall momentum = new ToolCall("call_1", "analyze_momentum", "{\"ticker\":\"AAPL\"}");
    ModelCall<Verdict> call =
        ModelCall.structured(
                "technical_analyst",
                "analysis",
                DAY,
                new ModelSpec("anthropic", "claude-sonnet-4-5"),
                List.of(
                    Message.system("You are a technical analyst."),
                    Message.user("AAPL closed at 185.64."),
                    Message.assistant("", List.of(momentum)),
                    Message.toolResult(momentum, "score -0.4")),
                Verdict.class,
                new Verdict("neutral", 0))
            .withTools(
                List.of(
                    new ToolDescription(
                        "analyze_momentum",
                        "Momentum of a ticker",
                        "{\"type\":\"object\",\"properties\":{\"ticker\":{\"type\":\"string\"}}}")));

    assertThat(CacheKey.of(call))
        .isEqualTo("868ad334b14372d69f38f4dc42df09d2e1be166403b71307099e631f547fd8bd");
  }

  @Test
  void callsThatDifferOnlyInAgentPurposeOrDayShareAKey() {
    ModelSpec model = new ModelSpec("openai", "gpt-4o");
    List<Message> messages = List.of(Message.user("Same question"));

    assertThat(CacheKey.of(ModelCall.text("risk_manager", "assessment", DAY, model, messages)))
        .isEqualTo(
            CacheKey.of(
                ModelCall.text("portfolio_manager", "summary", DAY.plusDays(1), model, messages)));
  }
}
