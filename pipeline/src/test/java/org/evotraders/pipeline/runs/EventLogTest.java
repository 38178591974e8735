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
import org.evotraders.core.event.Decision;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.event.RunBudget;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.PredictionsMade;
import org.evotraders.core.event.RunEvent.RiskLimitsSet;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.event.Settlement;
import org.evotraders.core.event.TeamMember;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.core.orders.Action;
import org.evotraders.core.orders.Order;
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

  /** One event of each kind whose fields the log writes as the wire does. */
  private static List<RunEvent> everyKindButSignalsAndPredictions() {
    return List.of(
        new RunEvent.RunStarted(
            "20240301_000000",
            "backtest",
            List.of("AAPL"),
            DAY,
            DAY,
            100_000,
            List.of(new TeamMember("technical_analyst", "Technical", "Analyst", "offline", "x")),
            new RunBudget(null, 5.0),
            false),
        new RunEvent.RunFinished("completed", "all 1 days run"),
        new RunEvent.SystemNotice("a \"quoted\" note\nwith a line break"),
        new RunEvent.MarketStatusChanged("open", "Open", true, AT, AT.plusSeconds(23_400)),
        new DayStarted(DAY, 3, 10, 0.3),
        new RunEvent.PriceUpdated("AAPL", 187.25, 185, 188, 184.5, Double.NaN, 1.2162),
        new AgentMessage("risk_manager", "No warnings."),
        new RunEvent.MemoryRecalled("technical_analyst", "2023-11-02 AAPL +0.6"),
        new RiskLimitsSet(
            Map.of("AAPL", new RiskLimit("AAPL", 180, 0.25, Double.NaN, 0.2, 20000, 15000, 83, 83)),
            1.5),
        new RunEvent.ConferenceStarted("Investment Discussion - 2024-03-01", DAY),
        new RunEvent.ConferenceCycleStarted(1, 2),
        new RunEvent.ConferenceMessage("portfolio_manager", "Round 1 of 2.", 1),
        new RunEvent.ConferenceCycleEnded(1),
        new RunEvent.ConferenceEnded(),
        new RunEvent.DecisionsMade(
            List.of(new Decision("AAPL", Action.LONG, 150, 100, 70, "analysts agree"))),
        new RunEvent.OrderClamped("AAPL", 150, 100, "RISK_POSITION_LIMIT", "over the limit"),
        new RunEvent.OrderPlaced(new Order("AAPL", Action.LONG, 100), DAY),
        new OrderFilled(new Fill("t_20240301_AAPL_0", DAY, "AAPL", Side.BUY, 10, 180.5, 1.25)),
        new RunEvent.DaySettled(
            new Settlement(
                DAY,
                100_199.5,
                81_499.5,
                0,
                18_700,
                0,
                18_500,
                Map.of("equal_weight", 100_100.0),
                Map.of("AAPL", 185.0),
                Map.of("AAPL", 187.0))),
        new RunEvent.PortfolioMarked(100_150.25, Map.of("SPY", 100_020.0)),
        new RunEvent.ModelUsed(
            "technical_analyst", "openai", "gpt-4o-mini", "analysis", 1200, 300, 0.0004, "api"),
        new RunEvent.DayCompleted(DAY, 0.4));
  }

  @Test
  void eachKindOfEventIsWrittenWithTheFieldsTheWireGivesItAndReadsBack() throws Exception {
    for (RunEvent event : everyKindButSignalsAndPredictions()) {
      RecordedEvent recorded = new RecordedEvent(7, AT, DAY, event);
      String fields = EventCodec.JSON.writeValueAsString(event);
      String envelope =
          "{\"seq\":7,\"at\":\"2024-03-01T14:30:00Z\",\"session\":\"2024-03-01\",\"type\":\""
              + event.type()
              + "\"";

      String line = EventCodec.encode(recorded);

      assertThat(line)
          .isEqualTo(fields.equals("{}") ? envelope + "}" : envelope + "," + fields.substring(1));
      assertThat(EventCodec.decode(line).toString()).isEqualTo(recorded.toString());
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
