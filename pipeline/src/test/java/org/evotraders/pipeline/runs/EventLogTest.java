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
import org.evotraders.core.event.RunEvent.RiskLimitsSet;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
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
            new DayStarted(DAY, 3, 10, 0.3));
    for (RunEvent event : events) {
      RecordedEvent recorded = new RecordedEvent(7, AT, DAY, event);
      assertThat(EventCodec.decode(EventCodec.encode(recorded))).isEqualTo(recorded);
    }
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
