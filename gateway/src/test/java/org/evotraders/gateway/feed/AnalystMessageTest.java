package org.evotraders.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Signal;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * An analyst's agent_message reaches clients and the feed history the same from a log that records
 * it once, in its analyst_signals event, as from an older log that recorded it twice.
 */
class AnalystMessageTest {

  private static final Instant AT = Instant.parse("2024-01-01T21:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2024, 1, 2);
  private static final List<AnalystSignal> SIGNALS =
      List.of(
          new AnalystSignal("technical_analyst", "AAPL", Signal.BULLISH, 70, "trend up"),
          new AnalystSignal("technical_analyst", "MSFT", Signal.NEUTRAL, 0, "flat"));
  private static final String MESSAGE =
      "**AAPL** bullish (70): trend up\n**MSFT** neutral (0): flat";

  @Test
  void statedSignalsBecomeTheAnalystsMessageAndThenTheSignals() {
    Translated run = translate(new SignalsIssued("technical_analyst", SIGNALS));

    assertThat(run.frames)
        .extracting(f -> f.get("type").asText())
        .containsExactly("agent_message", "analyst_signals");
    JsonNode message = run.frames.getFirst();
    assertThat(message.get("content").asText()).isEqualTo(MESSAGE);
    assertThat(message.get("agentId").asText()).isEqualTo("technical_analyst");
    assertThat(message.get("ts").asLong()).isEqualTo(AT.toEpochMilli());
    assertThat(message.get("seq").asLong()).isEqualTo(1);
    assertThat(run.feedHistory()).containsExactly(MESSAGE);
  }

  @Test
  void anOlderLogsSeparateMessageIsSentOnceAndItsSignalsAddNone() {
    Translated run =
        translate(
            new AgentMessage("technical_analyst", MESSAGE),
            new SignalsIssued("technical_analyst", SIGNALS, false));

    assertThat(run.frames)
        .extracting(f -> f.get("type").asText())
        .containsExactly("agent_message", "analyst_signals");
    assertThat(run.frames.getFirst().get("content").asText()).isEqualTo(MESSAGE);
    assertThat(run.feedHistory()).containsExactly(MESSAGE);
  }

  private static Translated translate(RunEvent... events) {
    RunProjection projection = new RunProjection(100_000, 0.25);
    WireTranslator translator = new WireTranslator(projection);
    List<JsonNode> frames = new ArrayList<>();
    long seq = 0;
    for (RunEvent event : events) {
      RecordedEvent recorded = new RecordedEvent(++seq, AT, DAY, event);
      projection.apply(recorded);
      for (String frame : translator.frames(recorded, true)) {
        frames.add(read(frame));
      }
    }
    return new Translated(frames, projection);
  }

  private static JsonNode read(String frame) {
    try {
      return EventCodec.JSON.readTree(frame);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Translated(List<JsonNode> frames, RunProjection projection) {
    List<String> feedHistory() {
      List<String> contents = new ArrayList<>();
      projection
          .initialStateJson()
          .get("feed_history")
          .forEach(entry -> contents.add(entry.get("content").asText()));
      return contents;
    }
  }
}
