package org.evotraders.models.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evotraders.models.Message;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.ProviderReply;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.ToolCall;
import org.evotraders.models.ToolDescription;
import org.junit.jupiter.api.Test;

class AnswerReaderTest {

  enum Action {
    LONG,
    SHORT,
    HOLD
  }

  record Decision(String ticker, Action action, int quantity) {
    Decision {
      if (quantity < 0) {
        throw new IllegalArgumentException("quantity must not be negative, not " + quantity);
      }
    }
  }

  private final AnswerReader reader = new AnswerReader();

  private static ModelCall<Decision> decisionCall() {
    return ModelCall.structured(
        "portfolio_manager",
        "decision",
        Wiring.DAY_ONE,
        ModelSpec.offline(),
        List.of(Message.user("Decide")),
        Decision.class,
        new Decision("AAPL", Action.HOLD, 0));
  }

  private AnswerReader.Reading<Decision> read(String text) {
    return reader.read(new ProviderReply(text, List.of(), TokenUsage.NONE), decisionCall());
  }

  @Test
  void aFencedAnswerInProseIsReadWithEnumsInAnyCase() {
    String text =
        "Here is my decision:\n```json\n{\"ticker\": \"AAPL\", \"action\": \"long\", \"quantity\": 10}\n```\nGood luck {!}";

    assertThat(read(text))
        .isEqualTo(new AnswerReader.Usable<>(new Decision("AAPL", Action.LONG, 10)));
  }

  @Test
  void bracesInsideStringsDoNotEndTheObject() {
    assertThat(AnswerReader.firstJsonObject("x {\"a\": \"}{\\\"\", \"b\": {\"c\": 1}} y"))
        .isEqualTo("{\"a\": \"}{\\\"\", \"b\": {\"c\": 1}}");
  }

  @Test
  void aValueTheRecordRejectsMakesTheAnswerUnusableWithTheReason() {
    assertThat(read("{\"ticker\": \"AAPL\", \"action\": \"LONG\", \"quantity\": -5}"))
        .isEqualTo(
            new AnswerReader.Unusable<Decision>(
                "a value is invalid: quantity must not be negative, not -5"));
  }

  @Test
  void aMissingNumberIsNotReadAsZero() {
    assertThat(read("{\"ticker\": \"AAPL\", \"action\": \"LONG\"}"))
        .isInstanceOf(AnswerReader.Unusable.class);
  }

  @Test
  void anUnknownActionIsUnusable() {
    assertThat(read("{\"ticker\": \"AAPL\", \"action\": \"BUY\", \"quantity\": 1}"))
        .isInstanceOfSatisfying(
            AnswerReader.Unusable.class,
            unusable -> assertThat(unusable.problem()).contains("BUY"));
  }

  @Test
  void anAnswerThatOnlyCallsOfferedToolsIsUsableWithoutAValue() {
    var reply =
        new ProviderReply("", List.of(new ToolCall("1", "make_decision", "{}")), TokenUsage.NONE);
    var offering =
        decisionCall().withTools(List.of(new ToolDescription("make_decision", "Decides", null)));

    assertThat(reader.read(reply, offering)).isEqualTo(new AnswerReader.Usable<Decision>(null));
  }

  @Test
  void anAnswerThatCallsToolsNobodyOfferedIsUnusable() {
    var reply =
        new ProviderReply("", List.of(new ToolCall("1", "make_decision", "{}")), TokenUsage.NONE);

    assertThat(reader.read(reply, decisionCall()))
        .isInstanceOfSatisfying(
            AnswerReader.Unusable.class,
            unusable -> assertThat(unusable.problem()).contains("offers none"));
  }
}
