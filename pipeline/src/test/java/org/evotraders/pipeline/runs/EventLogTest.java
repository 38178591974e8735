package org.evotraders.pipeline.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.PredictionsMade;
import org.evotraders.core.event.RunEvent.RiskLimitsSet;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Prediction;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {

  private static final Instant AT = Instant.parse("2024-03-01T14:30:00Z");
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @TempDir Path dir;

  @Test
  void eventsGetConsecutiveSequenceNumbersAndSurviveReopening() {
    Path file = dir.resolve("events.jsonl");
    try (EventLog log = EventLog.open(file)) {
      log.append(AT, DAY, new DayStarted(DAY, 0, 10, 0.0));
      log.append(AT, DAY, new AgentMessage("technical_analyst", "AAPL looks **strong**"));
    }
    try (EventLog log = EventLog.open(file)) {
      assertThat(log.recovered()).extracting(RecordedEvent::seq).containsExactly(1L, 2L);
      RecordedEvent third = log.append(AT, DAY, new AgentMessage("risk_manager", "ok"));
      assertThat(third.seq()).isEqualTo(3);
    }
  }

  @Test
  void everyKindOfEventRoundTripsThroughItsJsonLine() {
    List<RunEvent> events =
        List.of(
            new OrderFilled(new Fill("t_20240301_AAPL_0", DAY, "AAPL", Side.BUY, 10, 180.5, 1.25)),
            new RiskLimitsSet(
                Map.of("AAPL", new RiskLimit("AAPL", 180, 0.25, 0.4, 0.2, 20000, 15000, 83, 83)),
                1.5),
            new DayStarted(DAY, 3, 10, 0.3),
            new RunEvent.ConferenceEnded());
    for (RunEvent event : events) {
      RecordedEvent recorded = new RecordedEvent(7, AT, DAY, event);
      assertThat(EventCodec.decode(EventCodec.encode(recorded))).isEqualTo(recorded);
    }
  }

  @Test
  void signalsAndPredictionsNameTheirAnalystOnceInTheLogAndReadBackWithItOnEveryEntry() {
    SignalsIssued signals =
        new SignalsIssued(
            "technical_analyst",
            List.of(
                new AnalystSignal("technical_analyst", "AAPL", Signal.BULLISH, 70, "trend up"),
                new AnalystSignal("technical_analyst", "MSFT", Signal.NEUTRAL, 10, "flat")));
    PredictionsMade predictions =
        new PredictionsMade(
            "technical_analyst",
            List.of(new Prediction("technical_analyst", "AAPL", Direction.UP, 70)));
    for (RunEvent event : List.of(signals, predictions)) {
      RecordedEvent recorded = new RecordedEvent(7, AT, DAY, event);
      String line = EventCodec.encode(recorded);

      assertThat(line.split("technical_analyst", -1)).as(line).hasSize(2);
      assertThat(EventCodec.decode(line)).isEqualTo(recorded);
    }
  }

  @Test
  void aLineOfAnOlderLogWhoseEntriesRepeatTheAnalystReadsAsUnstatedSignals() {
    String older =
        "{\"seq\":4,\"at\":\"2024-03-01T14:30:00Z\",\"session\":\"2024-03-01\","
            + "\"type\":\"analyst_signals\",\"agentId\":\"technical_analyst\",\"signals\":["
            + "{\"agentId\":\"technical_analyst\",\"ticker\":\"AAPL\",\"signal\":\"BULLISH\","
            + "\"confidence\":70,\"reasoning\":\"trend up\"}]}";

    RecordedEvent decoded = EventCodec.decode(older);

    assertThat(decoded.event())
        .isEqualTo(
            new SignalsIssued(
                "technical_analyst",
                List.of(
                    new AnalystSignal("technical_analyst", "AAPL", Signal.BULLISH, 70, "trend up")),
                false));
  }

  @Test
  void eventsAppendedTogetherGetConsecutiveNumbersAndListenersSeeThemOnceAllAreWritten() {
    Path file = dir.resolve("events.jsonl");
    List<Integer> linesSeen = new ArrayList<>();
    try (EventLog log = EventLog.open(file)) {
      log.append(AT, DAY, new DayStarted(DAY, 0, 10, 0.0));
      log.subscribe(e -> linesSeen.add(EventLog.read(file).size()));

      List<RecordedEvent> together =
          log.appendAll(
              AT,
              DAY,
              List.of(
                  new AgentMessage("a", "x"),
                  new AgentMessage("b", "y"),
                  new DayStarted(DAY, 1, 10, 0.1)));

      assertThat(together).extracting(RecordedEvent::seq).containsExactly(2L, 3L, 4L);
      assertThat(log.lastSeq()).isEqualTo(4);
    }
    assertThat(linesSeen).containsExactly(4, 4, 4);
    assertThat(EventLog.read(file)).extracting(RecordedEvent::seq).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void aLineTornByACrashIsDroppedAndAppendingContinuesAfterTheLastWholeEvent() throws Exception {
    Path file = dir.resolve("events.jsonl");
    try (EventLog log = EventLog.open(file)) {
      log.append(AT, DAY, new AgentMessage("a", "first"));
    }
    Files.writeString(file, "{\"seq\":2,\"at\":\"2024-", StandardOpenOption.APPEND);

    try (EventLog log = EventLog.open(file)) {
      assertThat(log.recovered()).hasSize(1);
      log.append(AT, DAY, new AgentMessage("a", "second"));
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(EventLog.read(file)).extracting(RecordedEvent::seq).containsExactly(1L, 2L);
  }

  @Test
  void listenersSeeEachEventAfterItIsWritten() {
    Path file = dir.resolve("events.jsonl");
    List<Long> seen = new ArrayList<>();
    try (EventLog log = EventLog.open(file)) {
      log.subscribe(e -> seen.add(EventLog.read(file).getLast().seq()));
      log.append(AT, DAY, new AgentMessage("a", "x"));
      log.append(AT, DAY, new AgentMessage("a", "y"));
    }
    assertThat(seen).containsExactly(1L, 2L);
  }

  @Test
  void aLogAlreadyOpenForWritingCannotBeOpenedASecondTime() {
    Path file = dir.resolve("events.jsonl");
    try (EventLog log = EventLog.open(file)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventLog.open(file))
          .hasMessageContaining("being written by another process");
    }
    try (EventLog reopened = EventLog.open(file)) {
      assertThat(reopened.recovered()).isEmpty();
    }
  }

  @Test
  void theWireNameOfEachEventIsItsTypeField() {
    String line = EventCodec.encode(new RecordedEvent(1, AT, DAY, new AgentMessage("x", "hi")));
    assertThat(line)
        .startsWith("{\"seq\":1,\"at\":\"2024-03-01T14:30:00Z\",\"session\":\"2024-03-01\"")
        .contains("\"type\":\"agent_message\"", "\"agentId\":\"x\"", "\"content\":\"hi\"");
  }
}
